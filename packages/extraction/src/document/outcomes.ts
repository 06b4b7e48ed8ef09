import type { ExtractedOutcome, OutcomeKind, Unplaced } from '../model.js';
import type { SessionExtraction } from './sessions.js';
import { splitSentences } from './text.js';
import type { ParsedDocument, ParsedParagraph } from './types.js';

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

/** Names by which the text refers to the body whose session the document records. */

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
  const names = subjectNames(doc, own.bodyName).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const subjectRe = new RegExp(
    `^(?:[^,]{0,140},\\s+)?(?:[Tt]he\\s+)?(?:${names.join('|')})\\b(?:\\s+\\([A-Z]+\\))?(?:,\\s+[^,]{0,100},)?\\s+${ADVERBS}`,
  );
  const itRe = new RegExp(`^It\\s+${ADVERBS}`);
  const verbAt = new RegExp(`^${VERB_SRC}\\b`);
  const annexByLabel = new Map(doc.annexes.map((a) => [a.label.toLowerCase(), a]));

  for (const p of doc.paragraphs) {
    if (p.annex) continue;
    for (const m of p.text.matchAll(
      /\b(?:was|were)\s+(?:also\s+|warmly\s+|formally\s+|unanimously\s+)*(endorsed|adopted|approved|decided|agreed)\b/g,
    )) {
      const sentence =
        splitSentences(p.text)
          .filter((x) => x.start <= (m.index ?? 0))
          .pop()?.text ?? m[0];
      unplaced.push({
        fileName: doc.fileName,
        line: p.line,
        text: sentence,
        reason: `passive '${m[0]}' in ${p.id}: decision without an explicit deciding body; not recorded as an outcome`,
      });
    }
    let k = 0;
    let prevWasBody = false;
    const sentences = splitSentences(p.text);
    sentences.forEach((s) => {
      let sentence = s.text;
      const subj = sentence.match(subjectRe) ?? (prevWasBody ? sentence.match(itRe) : null);
      prevWasBody = !!sentence.match(subjectRe);
      if (!subj) return;
      // A sentence introducing lettered points takes the points with it.
      if (p.points.length && /:\s+(?:\(a\)|1\.)\s/.test(p.text.slice(s.start, s.start + s.text.length + 6))) {
        sentence = p.text.slice(s.start).trim();
      }
      const rest = sentence.slice(subj[0].length);
      const verbs: { verb: string; index: number }[] = [];
      const first = rest.match(verbAt);
      if (first) verbs.push({ verb: first[1]!, index: 0 });
      const head = rest.split(/\s+that\s+|:\s/)[0]!;
      for (const m of head.matchAll(new RegExp(`(?:,\\s*|\\s)and\\s+${ADVERBS}${VERB_SRC}\\b`, 'g'))) {
        const idx = (m.index ?? 0) + m[0].length - m[1]!.length;
        if (!verbs.some((v) => v.index === idx)) verbs.push({ verb: m[1]!, index: idx });
      }
      if (verbs.length === 0) return;
      verbs.sort((a, b) => a.index - b.index);
      prevWasBody = true;
      verbs.forEach((v, vi) => {
        const end = verbs[vi + 1]?.index ?? rest.length;
        const clause = rest
          .slice(v.index, end)
          .replace(/(?:,?\s*and)?\s*$/, '')
          .trim();
        const objectOf = (c: string, verb: string) =>
          c
            .slice(verb.length)
            .replace(/^\s*(?:with appreciation\s+)?(?:of\s+)?/, '')
            .trim();
        let object = objectOf(clause, v.verb);
        // "welcomed and took note of the briefing": the first verb shares the next verb's object.
        for (let n = vi + 1; object === '' && n < verbs.length; n++) {
          object = objectOf(
            rest
              .slice(verbs[n]!.index, verbs[n + 1]?.index ?? rest.length)
              .replace(/(?:,?\s*and)?\s*$/, '')
              .trim(),
            verbs[n]!.verb,
          );
        }
        const kind = OUTCOME_VERBS[v.verb]!;
        const symbol = clause.match(SYMBOL_IN_CLAUSE);
        const documentSymbol = symbol ? (symbol[1] ?? symbol[2])! : null;
        const annexRef = clause.match(/\(see annex ([IVXL]+|[A-Z])\)/i);
        const annex = annexRef ? annexByLabel.get(`annex ${annexRef[1]!.toLowerCase()}`) : undefined;
        let frameworkPhrase: string | null = null;
        if (annex?.title && FRAMEWORK_WORDS.test(annex.title)) frameworkPhrase = annex.title;
        else {
          const fw = object.match(INSTRUMENT_PHRASE);
          if (fw && !/^(?:the\s+)?(?:draft\s+)?(?:framework|statement|strategy)$/i.test(fw[1]!.trim())) frameworkPhrase = fw[1]!.trim();
          else if (fw) {
            unplaced.push({
              fileName: doc.fileName,
              line: p.line,
              text: clause,
              reason: `outcome acts on '${fw[1]!.trim()}' without a title or annex reference`,
            });
          }
        }
        const make = (documentSymbolValue: string | null, phrase: string | null) => {
          k++;
          outcomes.push({
            id: `${p.id}/outcome_${k}`,
            kind,
            sessionId: own.id,
            agendaItemId: sessions.paragraphAgendaItems[p.id] ?? null,
            paragraphId: p.id,
            documentId: doc.id,
            text: sentence,
            frameworkId: null,
            documentSymbol: documentSymbolValue,
            verb: v.verb,
            object,
            frameworkPhrase: phrase,
          });
        };
        if (documentSymbol && frameworkPhrase && !object.startsWith(frameworkPhrase)) {
          make(documentSymbol, null);
          make(null, frameworkPhrase);
        } else {
          make(documentSymbol, frameworkPhrase);
        }
      });
    });
  }
  return { outcomes, unplaced };
}

export type { ParsedParagraph };
