import type { ExtractedOutcome, OutcomeKind, Unplaced } from '../model.js';
import type { SessionExtraction } from './sessions.js';
import { type Sentence, splitSentences } from './text.js';
import type { ParsedAnnex, ParsedDocument, ParsedParagraph } from './types.js';

export interface OutcomeFact extends ExtractedOutcome {
  /** The verb as written: 'endorsed', 'took note', 'approved'. */
  verb: string;
  /** What the decision acts on, as written (the clause after the verb). */
  object: string;
  /**
   * Title phrase of the framework/statement acted on, when there is one: the title of the
   * annex the clause points to ('(see annex III)'), else a 'framework/statement/strategy'
   * phrase of the clause. Resolution to a framework id is done elsewhere.
   */
  frameworkPhrase: string | null;
}

export interface OutcomeExtraction {
  outcomes: OutcomeFact[];
  unplaced: Unplaced[];
}

/**
 * Verb → outcome kind. 'approved' has no kind of its own in the model and maps to
 * ADOPTED; 'recommends' (present, in reports) maps to RECOMMENDED.
 */
export const OUTCOME_VERBS: Record<string, OutcomeKind> = {
  endorsed: 'ENDORSED',
  adopted: 'ADOPTED',
  approved: 'ADOPTED',
  'took note': 'TOOK_NOTE',
  requested: 'REQUESTED',
  agreed: 'AGREED',
  decided: 'DECIDED',
  welcomed: 'WELCOMED',
  recommended: 'RECOMMENDED',
  recommends: 'RECOMMENDED',
  confirmed: 'CONFIRMED',
  accepted: 'ACCEPTED',
};
const VERB_SRC = '(endorsed|adopted|approved|took note|requested|agreed|decided|welcomed|recommended|recommends|confirmed|accepted)';
const ADVERBS = '(?:(?:also|further|thus|therefore|formally|warmly|unanimously|subsequently)\\s+)*';

const FRAMEWORK_WORDS =
  /\b(framework|statement|strategy|plan of action|action plan|declaration|principles|recommendations|accord|agreement|compact)\b/i;
const SYMBOL_IN_CLAUSE = /\(((?:A|S|E|CEB)(?:\/[A-Z0-9.]+)*\/\d+)\)|\b((?:A|S|E|CEB)(?:\/[A-Z0-9.]+)*\/\d+)\b/;

const INSTRUMENT_WORDS = [
  'framework',
  'statement',
  'strategy',
  'plan of action',
  'action plan',
  'declaration',
  'accord',
  'agreement',
  'compact',
];
/** "the <up to five words> framework on <topic>": the phrase naming an instrument in a clause. */
const INSTRUMENT_PHRASE = new RegExp(
  String.raw`^((?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:${INSTRUMENT_WORDS.join('|')})\b(?:\s+(?:on|for|of|entitled)\s+[^,.;(]+)?)`,
  'i',
);
/** Names by which the text refers to the body whose session the document records. */
export function subjectNames(doc: ParsedDocument, bodyName: string): string[] {
  const names = new Set<string>([bodyName]);
  const acronym = doc.paragraphs
    .map((p) => p.text)
    .join(' ')
    .match(new RegExp(`${bodyName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\(([A-Z][A-Za-z-]+)\\)`))?.[1];
  if (acronym) names.add(acronym);
  if (/Chief Executives Board/.test(bodyName)) {
    names.add('CEB');
    names.add('Board');
  }
  const head = bodyName.match(/\b(Committee|Board|Group|Assembly|Council|Commission)\b/)?.[1];
  if (head) names.add(head);
  return [...names].sort((a, b) => b.length - a.length);
}

/** What every sentence of a recording document is read against, and where its facts go. */
interface OutcomeContext {
  doc: ParsedDocument;
  sessions: SessionExtraction;
  /** The session the document records: its decisions are its outcomes. */
  sessionId: string;
  subjectRe: RegExp;
  annexByLabel: Map<string, ParsedAnnex>;
  outcomes: OutcomeFact[];
  unplaced: Unplaced[];
}

interface VerbAt {
  verb: string;
  /** Where the verb starts in the text after the subject. */
  index: number;
}

const IT_RE = new RegExp(`^It\\s+${ADVERBS}`);
const VERB_AT = new RegExp(`^${VERB_SRC}\\b`);
const PASSIVE_DECISION = /\b(?:was|were)\s+(?:also\s+|warmly\s+|formally\s+|unanimously\s+)*(endorsed|adopted|approved|decided|agreed)\b/g;

/**
 * Decisions of the recording body: sentences whose subject is the body ('The Committee',
 * 'The Board', 'CEB', or 'It' continuing such a sentence) and whose main verb, or a verb
 * coordinated with it by 'and', is an outcome verb. Reported speech ('recalled that ... had
 * agreed'), modals ('should request') and other subjects (speakers, members) are not outcomes.
 * Only documents that RECORD a session produce outcomes.
 */
export function extractOutcomes(doc: ParsedDocument, sessions: SessionExtraction): OutcomeExtraction {
  const outcomes: OutcomeFact[] = [];
  const unplaced: Unplaced[] = [];
  const own = sessions.sessions.find((s) => s.id === sessions.documentSessionId);
  if (own?.relation !== 'RECORDS' || own.number === null) return { outcomes, unplaced };
  const ctx: OutcomeContext = {
    doc,
    sessions,
    sessionId: own.id,
    subjectRe: subjectPattern(doc, own.bodyName),
    annexByLabel: new Map(doc.annexes.map((a) => [a.label.toLowerCase(), a])),
    outcomes,
    unplaced,
  };
  for (const p of doc.paragraphs) {
    if (p.annex) continue;
    reportPassiveDecisions(ctx, p);
    readParagraphDecisions(ctx, p);
  }
  return { outcomes, unplaced };
}

/** "[Opening clause,] The Committee [(ACR)][, aside,] [also]": the body as the subject of a sentence. */
function subjectPattern(doc: ParsedDocument, bodyName: string): RegExp {
  const names = subjectNames(doc, bodyName).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(
    `^(?:[^,]{0,140},\\s+)?(?:[Tt]he\\s+)?(?:${names.join('|')})\\b(?:\\s+\\([A-Z]+\\))?(?:,\\s+[^,]{0,100},)?\\s+${ADVERBS}`,
  );
}

/** "The framework was endorsed": a decision, but no body is named as taking it, so it is reported instead. */
function reportPassiveDecisions(ctx: OutcomeContext, p: ParsedParagraph): void {
  for (const m of p.text.matchAll(PASSIVE_DECISION)) {
    const sentence =
      splitSentences(p.text)
        .filter((x) => x.start <= (m.index ?? 0))
        .pop()?.text ?? m[0];
    ctx.unplaced.push({
      fileName: ctx.doc.fileName,
      line: p.line,
      text: sentence,
      reason: `passive '${m[0]}' in ${p.id}: decision without an explicit deciding body; not recorded as an outcome`,
    });
  }
}

/** Outcomes are numbered per paragraph; 'It' continues a sentence whose subject was the body. */
function readParagraphDecisions(ctx: OutcomeContext, p: ParsedParagraph): void {
  let k = 0;
  const nextId = () => `${p.id}/outcome_${++k}`;
  let prevWasBody = false;
  for (const s of splitSentences(p.text)) prevWasBody = readSentenceDecisions(ctx, p, s, prevWasBody, nextId);
}

/** Records the sentence's outcomes; returns whether the body is its subject (for a following 'It'). */
function readSentenceDecisions(ctx: OutcomeContext, p: ParsedParagraph, s: Sentence, prevWasBody: boolean, nextId: () => string): boolean {
  const subjectMatch = s.text.match(ctx.subjectRe);
  const subj = subjectMatch ?? (prevWasBody ? s.text.match(IT_RE) : null);
  if (!subj) return !!subjectMatch;
  const sentence = withLetteredPoints(p, s);
  const rest = sentence.slice(subj[0].length);
  const verbs = outcomeVerbs(rest);
  if (verbs.length === 0) return !!subjectMatch;
  for (let vi = 0; vi < verbs.length; vi++) recordVerbOutcomes(ctx, p, { sentence, rest, verbs, vi }, nextId);
  return true;
}

/** A sentence introducing lettered points takes the points with it. */
function withLetteredPoints(p: ParsedParagraph, s: Sentence): string {
  if (p.points.length && /:\s+(?:\(a\)|1\.)\s/.test(p.text.slice(s.start, s.start + s.text.length + 6)))
    return p.text.slice(s.start).trim();
  return s.text;
}

/** The outcome verb right after the subject and those coordinated with it by 'and', in text order. */
function outcomeVerbs(rest: string): VerbAt[] {
  const verbs: VerbAt[] = [];
  const first = rest.match(VERB_AT);
  if (first) verbs.push({ verb: first[1]!, index: 0 });
  const head = rest.split(/\s+that\s+|:\s/)[0]!;
  for (const m of head.matchAll(new RegExp(`(?:,\\s*|\\s)and\\s+${ADVERBS}${VERB_SRC}\\b`, 'g'))) {
    const idx = (m.index ?? 0) + m[0].length - m[1]!.length;
    if (!verbs.some((v) => v.index === idx)) verbs.push({ verb: m[1]!, index: idx });
  }
  return verbs.sort((a, b) => a.index - b.index);
}

/** The text from verb `n` to the next verb, less a trailing 'and'. */
function clauseOf(rest: string, verbs: readonly VerbAt[], n: number): string {
  return rest
    .slice(verbs[n]!.index, verbs[n + 1]?.index ?? rest.length)
    .replace(/(?:,?\s*and)?\s*$/, '')
    .trim();
}

const objectOf = (clause: string, verb: string) =>
  clause
    .slice(verb.length)
    .replace(/^\s*(?:with appreciation\s+)?(?:of\s+)?/, '')
    .trim();

/** One decision sentence: its text, the text after its subject, and its outcome verbs. */
interface DecisionSentence {
  sentence: string;
  rest: string;
  verbs: VerbAt[];
  /** The verb being recorded. */
  vi: number;
}

/** The outcome(s) of one verb: two when the clause cites a document and names a different instrument. */
function recordVerbOutcomes(ctx: OutcomeContext, p: ParsedParagraph, d: DecisionSentence, nextId: () => string): void {
  const v = d.verbs[d.vi]!;
  const clause = clauseOf(d.rest, d.verbs, d.vi);
  let object = objectOf(clause, v.verb);
  // "welcomed and took note of the briefing": the first verb shares the next verb's object.
  for (let n = d.vi + 1; object === '' && n < d.verbs.length; n++) object = objectOf(clauseOf(d.rest, d.verbs, n), d.verbs[n]!.verb);
  const symbol = clause.match(SYMBOL_IN_CLAUSE);
  const documentSymbol = symbol ? (symbol[1] ?? symbol[2])! : null;
  const frameworkPhrase = frameworkPhraseOf(ctx, p, clause, object);
  const make = (documentSymbolValue: string | null, phrase: string | null) =>
    ctx.outcomes.push({
      id: nextId(),
      kind: OUTCOME_VERBS[v.verb]!,
      sessionId: ctx.sessionId,
      agendaItemId: ctx.sessions.paragraphAgendaItems[p.id] ?? null,
      paragraphId: p.id,
      documentId: ctx.doc.id,
      text: d.sentence,
      frameworkId: null,
      documentSymbol: documentSymbolValue,
      verb: v.verb,
      object,
      frameworkPhrase: phrase,
    });
  if (documentSymbol && frameworkPhrase && !object.startsWith(frameworkPhrase)) {
    make(documentSymbol, null);
    make(null, frameworkPhrase);
  } else {
    make(documentSymbol, frameworkPhrase);
  }
}

/**
 * The title of the annex the clause points to ('(see annex III)') when it names an instrument, else an
 * instrument phrase of the object. A bare 'the framework' names nothing: reported, not kept.
 */
function frameworkPhraseOf(ctx: OutcomeContext, p: ParsedParagraph, clause: string, object: string): string | null {
  const annexRef = clause.match(/\(see annex ([IVXL]+|[A-Z])\)/i);
  const annex = annexRef ? ctx.annexByLabel.get(`annex ${annexRef[1]!.toLowerCase()}`) : undefined;
  if (annex?.title && FRAMEWORK_WORDS.test(annex.title)) return annex.title;
  const fw = object.match(INSTRUMENT_PHRASE);
  if (fw && !/^(?:the\s+)?(?:draft\s+)?(?:framework|statement|strategy)$/i.test(fw[1]!.trim())) return fw[1]!.trim();
  if (fw) {
    ctx.unplaced.push({
      fileName: ctx.doc.fileName,
      line: p.line,
      text: clause,
      reason: `outcome acts on '${fw[1]!.trim()}' without a title or annex reference`,
    });
  }
  return null;
}

export type { ParsedParagraph };
