/**
 * Frameworks, statements and sets of recommendations in one parsed document:
 * annexes whose title names a framework/statement/recommendations/agreement, and
 * lettered recommendation lists in the body ("the Committee recommends that: (a) ...").
 */
import type { FrameworkKind, Provenance, ProvisionKind, Unplaced } from '../model.js';
import { matchFramework } from './match.js';
import {
  type Block,
  type HeadingBlock,
  type HeadingInfo,
  type TextBlock,
  headingInfo,
  introducerKind,
  introducerSentence,
  isMandateSection,
  isPureIntroducer,
  isStructuralHeading,
  parseAnnexHeading,
  parseSignature,
  runInTitle,
  sectionKind,
  toBlocks,
  wordingKind,
} from './structure.js';
import {
  cleanText,
  cleanTitle,
  lowerFirstWord,
  normalizePersonName,
  parseDateText,
  slugifyId,
  slugifyTitle,
  splitSentences,
} from './text.js';
import type {
  FrameworkDeps,
  FrameworkExtraction,
  FrameworkExtractionResult,
  FrameworkRole,
  FrameworkSourceDocument,
  FrameworkSourceParagraph,
  ProvisionExtraction,
} from './types.js';

interface Annex {
  key: string;
  marker: HeadingBlock;
  blocks: Block[];
}

interface Ctx {
  doc: FrameworkSourceDocument;
  deps: FrameworkDeps;
  unplaced: Unplaced[];
}

function report(ctx: Ctx, line: number, text: string, reason: string): void {
  ctx.unplaced.push({ fileName: ctx.doc.fileName ?? ctx.doc.id, line, text: text.slice(0, 300), reason });
}

function prov(ctx: Ctx, p: FrameworkSourceParagraph | null): Provenance {
  return p ? { documentId: ctx.doc.id, paragraphId: p.id, line: p.line } : { documentId: ctx.doc.id, paragraphId: null };
}

function provAt(ctx: Ctx, paragraphId: string | null, line: number): Provenance {
  return { documentId: ctx.doc.id, paragraphId, line };
}

function orgs(ctx: Ctx, text: string): string[] {
  return [...new Set(ctx.deps.findOrganizations(text))];
}

/** What an annex title says it is; 'skip' for annexes that are never frameworks. */
export function classifyTitle(title: string, authorOffice: string | null): FrameworkKind | 'skip' | null {
  const t = title.toLowerCase();
  if (
    /^(?:provisional\s+)?(?:agenda|list of participants|participants|attendance|list of documents|documents|glossary|abbreviations|acronyms)\b/.test(
      t,
    )
  )
    return 'skip';
  if (/\b(?:survey|summary of responses|questionnaire)\b/.test(t)) return 'skip';
  if (/^statement\b/.test(t) || authorOffice !== null || /\bdeclaration\b|\bcommuniqu[eé]\b/.test(t)) return 'STATEMENT';
  if (/\bframework\b/.test(t)) return 'FRAMEWORK';
  if (/\brecommendations?\b/.test(t)) return 'RECOMMENDATIONS';
  if (/\b(?:agreement|memorandum of understanding|accord|arrangement|compact)\b/.test(t)) return 'AGREEMENT';
  if (/\b(?:principles|guidelines|policy|strategy|plan of action|action plan|charter|code of conduct|commitments?)\b/.test(t))
    return 'OTHER';
  return null;
}

function splitAnnexes(blocks: Block[]): { body: Block[]; annexes: Annex[] } {
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

interface StackEntry extends HeadingInfo {
  kind: ProvisionKind | null;
  mandate: boolean;
}

function push(stack: StackEntry[], info: HeadingInfo): StackEntry[] {
  const out = stack.filter((s) => s.level < info.level);
  out.push({ ...info, kind: sectionKind(info.title), mandate: isMandateSection(info.title) });
  return out;
}

/** A paragraph that introduces rather than provides: under an "Introduction" heading, a list's lead-in, or about the document itself. */
function isIntroductory(text: string, stack: readonly StackEntry[]): boolean {
  if (stack.some((s) => /^introduction$/i.test(s.title.trim()))) return true;
  if (isPureIntroducer(text)) return true;
  return /^(?:the\s+(?:main\s+|overall\s+)?purposes?\s+of\s+)?(?:the|this)\s+(?:present\s+)?document\b/i.test(text);
}

function kindFromStack(stack: readonly StackEntry[]): ProvisionKind | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const k = stack[i]!.kind;
    // Text under an assistance-area heading (or one of its lettered areas) is a measure.
    if (k === 'ASSISTANCE_AREA') return 'MEASURE';
    if (k !== null) return k;
  }
  return null;
}

const SUBJECT_END =
  /,\s*(?:which|who|at which|in its|in their)\b|\s(?:is|are|was|were|has|have|had|which|who|signed|works?|launched|identified|collaborates?|promotes?|supports?|monitors?|address(?:es)?|provides?|leads?|serves?|acts?)\b/;

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

function addRole(roles: FrameworkRole[], role: FrameworkRole): void {
  if (roles.some((r) => r.organizationId === role.organizationId && r.role === role.role)) return;
  roles.push(role);
}

function finalize(fw: FrameworkExtraction): FrameworkExtraction {
  const counts = new Map<ProvisionKind, number>();
  fw.provisions.forEach((p, i) => {
    const n = (counts.get(p.kind) ?? 0) + 1;
    counts.set(p.kind, n);
    p.ordinal = n;
    p.position = i;
  });
  for (const s of fw.sources) s.provisionCount = fw.provisions.length;
  // The issuer's role first.
  fw.roles = fw.roles.filter((r) => r.role !== 'ISSUER' || r.organizationId === fw.issuedById);
  fw.roles.sort((a, b) => Number(b.role === 'ISSUER') - Number(a.role === 'ISSUER'));
  return fw;
}

function buildAnnex(ctx: Ctx, annex: Annex): FrameworkExtraction | null {
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
  const id = slugifyTitle(title);
  const provisions: ProvisionExtraction[] = [];
  const roles: FrameworkRole[] = [];
  let stack: StackEntry[] = [];
  let started = false;
  let lastNumber: number | null = null;
  let unnumbered = 0;
  let parentKey = '';
  let lead: string | null = null;
  let bullets = 0;
  let signature = null as { name: string | null; date: string | null } | null;

  const add = (p: Omit<ProvisionExtraction, 'ordinal' | 'position' | 'alsoIn' | 'id' | 'organizationIds'> & { key: string }): void => {
    const { key, ...rest } = p;
    // Ids are unique within the framework even when the source repeats a number.
    let pid = `${id}/${key}`;
    for (let k = 2; provisions.some((x) => x.id === pid); k++) pid = `${id}/${key}_${k}`;
    provisions.push({ ...rest, id: pid, ordinal: 0, position: 0, organizationIds: orgs(ctx, p.text), alsoIn: [] });
  };

  for (const b of annex.blocks) {
    if (consumed.has(b)) continue;
    if (b.type === 'heading') {
      const sig = started ? parseSignature(b.text) : null;
      if (sig) {
        signature = { name: sig.name ?? signature?.name ?? null, date: sig.date ?? signature?.date ?? null };
        continue;
      }
      const prevLetter = [...stack].reverse().find((e) => e.level === 2)?.label ?? null;
      const info = headingInfo(b.text, prevLetter);
      const underArea = stack.some((s) => s.kind === 'ASSISTANCE_AREA' && s.level < info.level);
      stack = push(stack, info);
      lead = null;
      if (underArea && info.label !== null) {
        add({
          key: `area-${info.label}`,
          kind: 'ASSISTANCE_AREA',
          label: info.label,
          title: info.title,
          text: info.title,
          provenance: provAt(ctx, b.paragraphId, b.line),
        });
      }
      continue;
    }
    started = true;
    const text = cleanText(b.text);
    if (text === '') continue;
    if (b.item === null && b.number === null) {
      const sig = parseSignature(text);
      if (sig) {
        signature = { name: sig.name ?? signature?.name ?? null, date: sig.date ?? signature?.date ?? null };
        continue;
      }
      // An unnumbered paragraph starting in lower case continues something the parser split off.
      if (/^\p{Ll}/u.test(text)) {
        report(ctx, b.line, text, 'unnumbered text in a framework starts in lower case (a split paragraph?); not made a provision');
        continue;
      }
    }
    let kind: ProvisionKind;
    let key: string;
    let label: string | null;
    let itemTitle: string | null = null;
    if (b.item !== null) {
      const introduced = lead !== null ? introducerKind(lead) : null;
      kind = introduced ?? kindFromStack(stack) ?? wordingKind(text) ?? 'OTHER';
      if (b.item === 'letter') {
        label = b.label;
        key = `${parentKey}-${(b.label ?? '').replace(/[().]/g, '')}`;
      } else {
        label = null;
        bullets++;
        key = `${parentKey}-b${bullets}`;
      }
      itemTitle = runInTitle(text);
    } else {
      if (b.number !== null) {
        lastNumber = b.number;
        parentKey = String(b.number);
        label = String(b.number);
      } else {
        unnumbered++;
        parentKey = lastNumber !== null ? `${lastNumber}-u${unnumbered}` : `u${unnumbered}`;
        label = null;
      }
      key = parentKey;
      bullets = 0;
      lead = introducerSentence(text);
      // Introductory text (the introduction, a list's lead-in, what the document is about) is no provision:
      // the provisions are the items the framework lists.
      if (isIntroductory(text, stack)) continue;
      kind = kindFromStack(stack) ?? wordingKind(text) ?? 'OTHER';
    }
    add({ key, kind, label, title: itemTitle, text, provenance: provAt(ctx, b.src.id, b.line) });
    if (stack.some((s) => s.mandate)) {
      const holders = mandateHolders(ctx, text);
      for (const org of holders?.ids ?? []) {
        addRole(roles, {
          organizationId: org,
          role: 'MANDATE_HOLDER',
          description: holders!.sentence,
          provenance: provAt(ctx, b.src.id, b.line),
        });
      }
    }
  }

  if (provisions.length === 0) {
    report(ctx, annex.marker.line, title, 'framework annex without provisions');
    return null;
  }
  const officeOrgs = authorOffice !== null ? orgs(ctx, authorOffice) : [];
  const issuedById = authorOffice !== null ? (officeOrgs[0] ?? null) : (ctx.deps.bodyId ?? null);
  const sigDate = signature?.date ? parseDateText(signature.date) : null;
  const titleHeading = candidates[0] ?? annex.marker;
  const firstParagraphId = titleHeading.paragraphId;
  if (issuedById !== null) {
    roles.unshift({
      organizationId: issuedById,
      role: 'ISSUER',
      description: null,
      provenance: provAt(ctx, firstParagraphId, titleHeading.line),
    });
  }
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
    sources: [
      {
        documentId: ctx.doc.id,
        documentDate: ctx.doc.date,
        annex: annex.key,
        paragraphId: firstParagraphId,
        line: titleHeading.line,
        provisionCount: 0,
      },
    ],
  };
}

/** Resolves the acting body of a clause: an organization it names, or "the Committee"/"the Board"/"it". */
function resolveActor(ctx: Ctx, phrase: string, line: number): string | null {
  const named = orgs(ctx, phrase);
  if (named.length > 0) return named[0]!;
  if (/^\s*(?:the\s+)?(?:committee|board)\s*$|^\s*it\s*$/i.test(phrase)) {
    if (ctx.deps.bodyId) return ctx.deps.bodyId;
    report(ctx, line, phrase.trim(), 'acting body not resolvable without the document body id');
    return null;
  }
  report(ctx, line, phrase.trim(), 'acting body names no known organization');
  return null;
}

const RECOMMENDS = /\brecommend(?:s|ed)?\s+(?:that|the\s+following|as\s+follows)\s*:?\s*$/i;
const ENDORSED_LIST = /\b(?:endorsed|adopted|approved|agreed(?:\s+on|\s+to)?|decided)\s+(?:on\s+)?the\s+following\b[^:]*:\s*$/i;
const ACT_VERBS =
  /\b(?:endorsed|adopted|approved|welcomed|took\s+note|noted|thanked|recalled|expressed|agreed|decided|requested|transmitted|considered|recommended|recommends)\b/i;
const REF_VERBS = /\b(endorsed|adopted|approved|welcomed)\b/gi;

function subjectBefore(clause: string): string {
  const m = ACT_VERBS.exec(clause);
  const before = m ? clause.slice(0, m.index) : clause;
  const parts = before.split(',');
  return (parts[parts.length - 1] ?? '').trim();
}

interface BodyText {
  block: TextBlock;
  sectionKey: string | null;
  topic: string | null;
}

function bodyTexts(body: Block[]): BodyText[] {
  let stack: StackEntry[] = [];
  const out: BodyText[] = [];
  for (const b of body) {
    if (b.type === 'heading') {
      const prevLetter = [...stack].reverse().find((e) => e.level === 2)?.label ?? null;
      stack = push(stack, headingInfo(b.text, prevLetter));
      continue;
    }
    const top = stack[stack.length - 1];
    out.push({
      block: b,
      sectionKey: stack.length > 0 ? stack.map((s) => `${s.label ?? ''}|${s.title}`).join(' > ') : null,
      topic: top ? top.title.replace(/^agenda\s+item\s+\d+[a-z]?\s*[:.]\s*/i, '') : null,
    });
  }
  return out;
}

function recommendationSets(ctx: Ctx, texts: BodyText[]): FrameworkExtraction[] {
  const out: FrameworkExtraction[] = [];
  for (let i = 0; i < texts.length; i++) {
    const { block, topic } = texts[i]!;
    if (block.item !== null) continue;
    const text = cleanText(block.text);
    const items: TextBlock[] = [];
    for (let j = i + 1; j < texts.length && texts[j]!.block.item === 'letter'; j++) items.push(texts[j]!.block);
    if (items.length === 0) continue;
    if (!RECOMMENDS.test(text)) {
      if (ENDORSED_LIST.test(text) && !/\bagenda\b/i.test(text)) {
        report(
          ctx,
          block.src.line,
          text,
          'lettered list endorsed or adopted in the body, not recognized as a framework or set of recommendations',
        );
      }
      continue;
    }
    const sentence = introducerSentence(text) ?? splitSentences(text).pop() ?? text;
    const clause = sentence.slice(0, sentence.search(/\brecommend/i));
    const subjectParts = clause.split(',');
    const subject = (subjectParts[subjectParts.length - 1] ?? '').trim();
    const issuer = resolveActor(ctx, subject, block.src.line);
    const title = topic ? `Recommendations on ${lowerFirstWord(topic)}` : `Recommendations in paragraph ${block.number ?? block.src.id}`;
    const id = `${slugifyTitle(title)}--${slugifyId(ctx.doc.id)}`;
    const parent = block.number !== null ? String(block.number) : 'u';
    const provisions: ProvisionExtraction[] = items.map((it) => {
      const t = cleanText(it.text);
      return {
        id: `${id}/${parent}-${(it.label ?? '').replace(/[().]/g, '')}`,
        kind: 'RECOMMENDATION',
        label: it.label,
        ordinal: 0,
        position: 0,
        title: runInTitle(t),
        text: t,
        organizationIds: orgs(ctx, t),
        provenance: provAt(ctx, it.src.id, it.line),
        alsoIn: [],
      };
    });
    const roles: FrameworkRole[] = issuer
      ? [{ organizationId: issuer, role: 'ISSUER', description: sentence, provenance: prov(ctx, block.src) }]
      : [];
    out.push(
      finalize({
        id,
        title,
        kind: 'RECOMMENDATIONS',
        date: ctx.doc.date,
        issuedById: issuer,
        authorId: null,
        authorName: null,
        authorOffice: null,
        sourceDocumentIds: [ctx.doc.id],
        provisions,
        roles,
        sources: [
          {
            documentId: ctx.doc.id,
            documentDate: ctx.doc.date,
            annex: null,
            paragraphId: block.src.id,
            line: block.src.line,
            provisionCount: 0,
          },
        ],
      }),
    );
  }
  return out;
}

const ANNEX_REF = /\bannex(?:es)?\s+([IVXLC]+|\d+|[A-Z])\b/g;

/** Body sentences that endorse/adopt an annexed framework, and who led its preparation. */
function bodyRoles(ctx: Ctx, texts: BodyText[], byAnnex: Map<string, FrameworkExtraction>): void {
  const refSections = new Map<FrameworkExtraction, Set<string>>();
  for (const { block, sectionKey } of texts) {
    for (const sentence of splitSentences(cleanText(block.text))) {
      for (const m of sentence.matchAll(ANNEX_REF)) {
        const key = parseAnnexHeading(`Annex ${m[1] ?? ''}`)?.key;
        const fw = key ? byAnnex.get(key) : undefined;
        if (!fw) continue;
        if (sectionKey !== null) {
          const set = refSections.get(fw) ?? new Set<string>();
          set.add(sectionKey);
          refSections.set(fw, set);
        }
        const before = sentence.slice(0, m.index);
        const verbs = [...before.matchAll(REF_VERBS)];
        const verb = verbs[verbs.length - 1]?.[1]?.toLowerCase();
        if (!verb) continue;
        const actor = resolveActor(ctx, subjectBefore(sentence), block.src.line);
        if (!actor) continue;
        if (verb === 'adopted') {
          fw.issuedById = actor;
          fw.roles = fw.roles.filter((r) => r.role !== 'ISSUER');
          fw.roles.unshift({ organizationId: actor, role: 'ISSUER', description: sentence, provenance: prov(ctx, block.src) });
        } else {
          addRole(fw.roles, { organizationId: actor, role: 'ENDORSER', description: sentence, provenance: prov(ctx, block.src) });
        }
      }
    }
  }
  const all = [...byAnnex.values()];
  for (const fw of all) {
    const sections = refSections.get(fw) ?? new Set<string>();
    for (const { block, sectionKey } of texts) {
      const inSection = sectionKey !== null && sections.has(sectionKey);
      for (const sentence of splitSentences(cleanText(block.text))) {
        if (!inSection && matchFramework(sentence, all) !== fw.id) continue;
        // Reported speech of a participant is not the record's own statement.
        if (/^(?:Mr|Ms|Mrs|Dr)\.?\s|^(?:He|She|They)\s/.test(sentence)) continue;
        for (const org of leadOrganizations(ctx, sentence)) {
          addRole(fw.roles, { organizationId: org, role: 'LEAD', description: sentence, provenance: prov(ctx, block.src) });
        }
      }
    }
  }
}

function leadOrganizations(ctx: Ctx, sentence: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:co-)?led\s+by\s+([^,;]+)/gi,
    /\bunder\s+the\s+(?:leadership|lead)\s+of\s+([^,;]+)/gi,
    /\bto\s+([^,;]+?)\s+for\s+(?:their\s+|its\s+)?(?:leading|leadership)\b/gi,
  ];
  for (const re of patterns)
    for (const m of sentence.matchAll(re)) for (const o of orgs(ctx, m[1] ?? '')) if (!found.includes(o)) found.push(o);
  return found;
}

/**
 * Extracts the frameworks of one parsed document. Annexes titled as a framework,
 * statement, set of recommendations or agreement become frameworks with typed,
 * ordered provisions; lettered lists the body introduces with "... recommends that:"
 * become RECOMMENDATIONS sets. Roles: ISSUER (the document's body by default, the
 * adopting body when the body says "adopted ... (see annex N)", the office of a
 * "Statement by ..." when it names an organization), ENDORSER ("endorsed ... (see
 * annex N)"), LEAD ("led by", "under the leadership of", "for leading" in the section
 * that refers to the annex or in a sentence naming the framework) and MANDATE_HOLDER
 * (organizations a mandates section describes). Whatever cannot be placed is
 * returned in `unplaced`.
 */
export function extractFrameworks(doc: FrameworkSourceDocument, deps: FrameworkDeps): FrameworkExtractionResult {
  const ctx: Ctx = { doc, deps, unplaced: [] };
  const { body, annexes } = splitAnnexes(toBlocks(doc.paragraphs, doc.headings, doc.annexes));
  const frameworks: FrameworkExtraction[] = [];
  const byAnnex = new Map<string, FrameworkExtraction>();
  for (const annex of annexes) {
    const fw = buildAnnex(ctx, annex);
    if (!fw) continue;
    frameworks.push(fw);
    byAnnex.set(annex.key, fw);
  }
  const texts = bodyTexts(body);
  bodyRoles(ctx, texts, byAnnex);
  for (const fw of frameworks) finalize(fw);
  frameworks.push(...recommendationSets(ctx, texts));
  return { frameworks, unplaced: ctx.unplaced };
}
