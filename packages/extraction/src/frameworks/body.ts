/** Frameworks in a document's body: recommendation lists it introduces, and the roles it gives annexed frameworks. */
import { matchFramework } from './match.js';
import { addRole, type Ctx, finalize, orgs, prov, provAt, push, report, resolveActor, type StackEntry } from './context.js';
import { type Block, headingInfo, introducerSentence, parseAnnexHeading, runInTitle, type TextBlock } from './structure.js';
import { cleanText, lowerFirstWord, slugifyId, slugifyTitle, splitSentences } from './text.js';
import type { FrameworkExtraction, FrameworkRole, ProvisionExtraction } from './types.js';

const RECOMMENDS = /\brecommend(?:s|ed)?\s+(?:that|the\s+following|as\s+follows)\s*:?\s*$/i;
const ENDORSED_LIST = /\b(?:endorsed|adopted|approved|agreed(?:\s+on|\s+to)?|decided)\s+(?:on\s+)?the\s+following\b[^:]*:\s*$/i;
const ACT_VERB_WORDS = [
  'endorsed',
  'adopted',
  'approved',
  'welcomed',
  String.raw`took\s+note`,
  'noted',
  'thanked',
  'recalled',
  'expressed',
  'agreed',
  'decided',
  'requested',
  'transmitted',
  'considered',
  'recommended',
  'recommends',
];
const ACT_VERBS = new RegExp(String.raw`\b(?:${ACT_VERB_WORDS.join('|')})\b`, 'i');
const REF_VERBS = /\b(endorsed|adopted|approved|welcomed)\b/gi;

function subjectBefore(clause: string): string {
  const m = ACT_VERBS.exec(clause);
  const before = m ? clause.slice(0, m.index) : clause;
  const parts = before.split(',');
  return (parts[parts.length - 1] ?? '').trim();
}

export interface BodyText {
  block: TextBlock;
  sectionKey: string | null;
  topic: string | null;
}

export function bodyTexts(body: Block[]): BodyText[] {
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

export function recommendationSets(ctx: Ctx, texts: BodyText[]): FrameworkExtraction[] {
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
export function bodyRoles(ctx: Ctx, texts: BodyText[], byAnnex: Map<string, FrameworkExtraction>): void {
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
