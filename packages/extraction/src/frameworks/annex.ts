/** Frameworks in a document's annexes: the title says what the annex is, its listed items are the provisions. */
import type { FrameworkKind, ProvisionKind } from '../model.js';
import { addRole, type Ctx, kindFromStack, orgs, provAt, push, report, type StackEntry } from './context.js';
import {
  type Block,
  type HeadingBlock,
  headingInfo,
  introducerKind,
  introducerSentence,
  isPureIntroducer,
  isStructuralHeading,
  parseAnnexHeading,
  parseSignature,
  runInTitle,
  type TextBlock,
  wordingKind,
} from './structure.js';
import { cleanText, cleanTitle, normalizePersonName, parseDateText, splitSentences, slugifyTitle } from './text.js';
import type { FrameworkExtraction, FrameworkRole, ProvisionExtraction } from './types.js';

export interface Annex {
  key: string;
  marker: HeadingBlock;
  blocks: Block[];
}

const NEVER_FRAMEWORK_TITLES = [
  'agenda',
  'list of participants',
  'participants',
  'attendance',
  'list of documents',
  'documents',
  'glossary',
  'abbreviations',
  'acronyms',
];
const NEVER_FRAMEWORK = new RegExp(`^(?:provisional\\s+)?(?:${NEVER_FRAMEWORK_TITLES.join('|')})\\b`);
const AGREEMENT_WORDS = /\b(?:agreement|memorandum of understanding|accord|arrangement|compact)\b/;
const OTHER_FRAMEWORK_WORDS = [
  'principles',
  'guidelines',
  'policy',
  'strategy',
  'plan of action',
  'action plan',
  'charter',
  'code of conduct',
  'commitments?',
];
const OTHER_FRAMEWORK = new RegExp(`\\b(?:${OTHER_FRAMEWORK_WORDS.join('|')})\\b`);

/** What an annex title says it is; 'skip' for annexes that are never frameworks. */
export function classifyTitle(title: string, authorOffice: string | null): FrameworkKind | 'skip' | null {
  const t = title.toLowerCase();
  if (NEVER_FRAMEWORK.test(t)) return 'skip';
  if (/\b(?:survey|summary of responses|questionnaire)\b/.test(t)) return 'skip';
  if (/^statement\b/.test(t) || authorOffice !== null || /\bdeclaration\b|\bcommuniqu[eé]\b/.test(t)) return 'STATEMENT';
  if (/\bframework\b/.test(t)) return 'FRAMEWORK';
  if (/\brecommendations?\b/.test(t)) return 'RECOMMENDATIONS';
  if (AGREEMENT_WORDS.test(t)) return 'AGREEMENT';
  if (OTHER_FRAMEWORK.test(t)) return 'OTHER';
  return null;
}

export function splitAnnexes(blocks: Block[]): { body: Block[]; annexes: Annex[] } {
  const body: Block[] = [];
  const annexes: Annex[] = [];
  let current: Annex | null = null;
  for (const b of blocks) {
    const marker = b.type === 'heading' ? parseAnnexHeading(b.text) : null;
    if (b.type === 'heading' && marker) {
      current = { key: marker.key, marker: b, blocks: [] };
      annexes.push(current);
      if (marker.rest !== '') current.blocks.push({ ...b, text: marker.rest });
      continue;
    }
    if (current) current.blocks.push(b);
    else body.push(b);
  }
  return { body, annexes };
}

const ABOUT_THE_DOCUMENT = /^(?:the\s+(?:main\s+|overall\s+)?purposes?\s+of\s+)?(?:the|this)\s+(?:present\s+)?document\b/i;

/** A paragraph that introduces rather than provides: under an "Introduction" heading, a list's lead-in, or about the document itself. */
function isIntroductory(text: string, stack: readonly StackEntry[]): boolean {
  if (stack.some((s) => /^introduction$/i.test(s.title.trim()))) return true;
  if (isPureIntroducer(text)) return true;
  return ABOUT_THE_DOCUMENT.test(text);
}

const CLAUSE_START = String.raw`,\s*(?:which|who|at which|in its|in their)\b`;
const SUBJECT_VERBS = [
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'which',
  'who',
  'signed',
  'works?',
  'launched',
  'identified',
  'collaborates?',
  'promotes?',
  'supports?',
  'monitors?',
  'address(?:es)?',
  'provides?',
  'leads?',
  'serves?',
  'acts?',
];
/** Where a sentence's subject ends: a relative clause or the first verb. */
const SUBJECT_END = new RegExp(`${CLAUSE_START}|\\s(?:${SUBJECT_VERBS.join('|')})\\b`);

/** Organizations a mandate sentence is about: those named before its verb. */
function mandateHolders(ctx: Ctx, text: string): { ids: string[]; sentence: string } | null {
  for (const sentence of splitSentences(text)) {
    const cut = SUBJECT_END.exec(sentence);
    const subject = cut ? sentence.slice(0, cut.index) : sentence;
    const ids = orgs(ctx, subject);
    if (ids.length > 0) return { ids, sentence };
  }
  return null;
}

interface AnnexTitle {
  title: string;
  kind: FrameworkKind;
  /** The office of a "Statement by …" annex. */
  authorOffice: string | null;
  /** The heading that carries the title (the first title candidate). */
  heading: HeadingBlock;
  /** Headings read as the title, not as sections. */
  consumed: Set<Block>;
}

/**
 * Reads an annex's title from the headings before its first text: "Statement by X" then the
 * statement's title, or the title alone. Null (and reported) when the annex is no framework.
 */
function readAnnexTitle(ctx: Ctx, annex: Annex): AnnexTitle | null {
  const firstText = annex.blocks.findIndex((b) => b.type === 'text');
  const preamble = (firstText < 0 ? annex.blocks : annex.blocks.slice(0, firstText)) as HeadingBlock[];
  const candidates = preamble.filter((h) => !isStructuralHeading(h.text));
  if (candidates.length === 0) {
    if (firstText >= 0) report(ctx, annex.marker.line, annex.marker.text, 'annex without a title');
    return null;
  }
  const consumed = new Set<Block>();
  const first = candidates[0]!;
  const by = /^statement\s+by\s+(?:the\s+)?(.+)$/i.exec(first.text);
  let title = first.text;
  let authorOffice: string | null = null;
  consumed.add(first);
  if (by) {
    authorOffice = cleanTitle(by[1] ?? '');
    const second = candidates[1];
    if (second) {
      title = second.text;
      consumed.add(second);
    }
  }
  title = cleanTitle(title);
  const kind = classifyTitle(title, authorOffice);
  if (kind === 'skip') return null;
  if (kind === null) {
    report(ctx, first.line, title, 'annex title not recognized as a framework, statement, set of recommendations or agreement');
    return null;
  }
  return { title, kind, authorOffice, heading: first, consumed };
}

type Signature = { name: string | null; date: string | null };
type NewProvision = Omit<ProvisionExtraction, 'ordinal' | 'position' | 'alsoIn' | 'id' | 'organizationIds'> & { key: string };

/** Reads an annex's blocks in order into provisions, mandate-holder roles and the signature. */
class ProvisionReader {
  readonly provisions: ProvisionExtraction[] = [];
  readonly roles: FrameworkRole[] = [];
  signature: Signature | null = null;
  private stack: StackEntry[] = [];
  /** Text has been read: a heading after it may be a signature. */
  private started = false;
  private lastNumber: number | null = null;
  private unnumbered = 0;
  /** The key of the paragraph the next item belongs to. */
  private parentKey = '';
  /** The paragraph's introducing sentence ("The purpose of the framework is:"), which types its items. */
  private lead: string | null = null;
  private bullets = 0;

  constructor(
    private readonly ctx: Ctx,
    private readonly frameworkId: string,
  ) {}

  read(blocks: readonly Block[], consumed: ReadonlySet<Block>): void {
    for (const b of blocks) {
      if (consumed.has(b)) continue;
      if (b.type === 'heading') this.takeHeading(b);
      else this.takeText(b);
    }
  }

  private takeHeading(b: HeadingBlock): void {
    const sig = this.started ? parseSignature(b.text) : null;
    if (sig) {
      this.sign(sig);
      return;
    }
    const prevLetter = [...this.stack].reverse().find((e) => e.level === 2)?.label ?? null;
    const info = headingInfo(b.text, prevLetter);
    const underArea = this.stack.some((s) => s.kind === 'ASSISTANCE_AREA' && s.level < info.level);
    this.stack = push(this.stack, info);
    this.lead = null;
    // A labelled heading under an assistance-area heading is itself an area.
    if (underArea && info.label !== null) {
      const provenance = provAt(this.ctx, b.paragraphId, b.line);
      this.add({ key: `area-${info.label}`, kind: 'ASSISTANCE_AREA', label: info.label, title: info.title, text: info.title, provenance });
    }
  }

  private takeText(b: TextBlock): void {
    this.started = true;
    const text = cleanText(b.text);
    if (text === '') return;
    if (b.item === null && b.number === null) {
      const sig = parseSignature(text);
      if (sig) {
        this.sign(sig);
        return;
      }
      // An unnumbered paragraph starting in lower case continues something the parser split off.
      if (/^\p{Ll}/u.test(text)) {
        report(this.ctx, b.line, text, 'unnumbered text in a framework starts in lower case (a split paragraph?); not made a provision');
        return;
      }
    }
    const placed = b.item !== null ? this.placeItem(b, text) : this.placeParagraph(b, text);
    if (!placed) return;
    const provenance = provAt(this.ctx, b.src.id, b.line);
    this.add({ ...placed, text, provenance });
    if (this.stack.some((s) => s.mandate)) {
      const holders = mandateHolders(this.ctx, text);
      for (const org of holders?.ids ?? []) {
        const role = { organizationId: org, role: 'MANDATE_HOLDER', description: holders!.sentence } as const;
        addRole(this.roles, { ...role, provenance: provAt(this.ctx, b.src.id, b.line) });
      }
    }
  }

  /** A lettered or bulleted item: typed by its lead-in, else its section, else its wording. */
  private placeItem(b: TextBlock, text: string): Placement {
    const introduced = this.lead !== null ? introducerKind(this.lead) : null;
    const kind = introduced ?? kindFromStack(this.stack) ?? wordingKind(text) ?? 'OTHER';
    const title = runInTitle(text);
    if (b.item === 'letter') {
      return { kind, key: `${this.parentKey}-${(b.label ?? '').replace(/[().]/g, '')}`, label: b.label, title };
    }
    this.bullets++;
    return { kind, key: `${this.parentKey}-b${this.bullets}`, label: null, title };
  }

  /** A paragraph: a provision unless it only introduces (then null). */
  private placeParagraph(b: TextBlock, text: string): Placement | null {
    let label: string | null;
    if (b.number !== null) {
      this.lastNumber = b.number;
      this.parentKey = String(b.number);
      label = String(b.number);
    } else {
      this.unnumbered++;
      this.parentKey = this.lastNumber !== null ? `${this.lastNumber}-u${this.unnumbered}` : `u${this.unnumbered}`;
      label = null;
    }
    this.bullets = 0;
    this.lead = introducerSentence(text);
    // Introductory text (the introduction, a list's lead-in, what the document is about) is no provision:
    // the provisions are the items the framework lists.
    if (isIntroductory(text, this.stack)) return null;
    return { kind: kindFromStack(this.stack) ?? wordingKind(text) ?? 'OTHER', key: this.parentKey, label, title: null };
  }

  private sign(sig: Signature): void {
    this.signature = { name: sig.name ?? this.signature?.name ?? null, date: sig.date ?? this.signature?.date ?? null };
  }

  private add(p: NewProvision): void {
    const { key, ...rest } = p;
    // Ids are unique within the framework even when the source repeats a number.
    let pid = `${this.frameworkId}/${key}`;
    for (let k = 2; this.provisions.some((x) => x.id === pid); k++) pid = `${this.frameworkId}/${key}_${k}`;
    this.provisions.push({ ...rest, id: pid, ordinal: 0, position: 0, organizationIds: orgs(this.ctx, p.text), alsoIn: [] });
  }
}

interface Placement {
  kind: ProvisionKind;
  key: string;
  label: string | null;
  title: string | null;
}

/**
 * Builds the framework an annex holds, in passes: read its title, read its provisions, then name
 * its issuer (the office of a statement, else the document's body). Null when it holds none.
 */
export function buildAnnex(ctx: Ctx, annex: Annex): FrameworkExtraction | null {
  const head = readAnnexTitle(ctx, annex);
  if (!head) return null;
  const { title, kind, authorOffice } = head;
  const id = slugifyTitle(title);
  const reader = new ProvisionReader(ctx, id);
  reader.read(annex.blocks, head.consumed);
  const { provisions, roles, signature } = reader;
  if (provisions.length === 0) {
    report(ctx, annex.marker.line, title, 'framework annex without provisions');
    return null;
  }
  const officeOrgs = authorOffice !== null ? orgs(ctx, authorOffice) : [];
  const issuedById = authorOffice !== null ? (officeOrgs[0] ?? null) : (ctx.deps.bodyId ?? null);
  const sigDate = signature?.date ? parseDateText(signature.date) : null;
  const titleHeading = head.heading;
  const firstParagraphId = titleHeading.paragraphId;
  if (issuedById !== null) {
    const provenance = provAt(ctx, firstParagraphId, titleHeading.line);
    roles.unshift({ organizationId: issuedById, role: 'ISSUER', description: null, provenance });
  }
  const source = {
    documentId: ctx.doc.id,
    documentDate: ctx.doc.date,
    annex: annex.key,
    paragraphId: firstParagraphId,
    line: titleHeading.line,
    provisionCount: 0,
  };
  return {
    id,
    title,
    kind,
    date: sigDate ?? ctx.doc.date,
    issuedById,
    authorId: null,
    authorName: signature?.name ? normalizePersonName(signature.name) : null,
    authorOffice,
    sourceDocumentIds: [ctx.doc.id],
    provisions,
    roles,
    sources: [source],
  };
}
