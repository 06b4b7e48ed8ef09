import { isKnownGivenName, isNameToken, isParticle } from './names.js';
import type { OrganizationResolver } from './organizations.js';
import { afterName, respectively, titleBefore } from './prose-appositives.js';
import {
  RULE_GIVEN_NAME_SUBJECT,
  RULE_HONORIFIC_FULL_NAME,
  RULE_NAME_OF_ORG,
  RULE_NAME_TITLE,
  RULE_SEEN_NAME,
  RULE_SIGNATURE,
  RULE_SURNAME_BACKREF,
  RULE_TITLE_OF_ORG_NAME,
} from './prose-rules.js';
import { ProseScan, type ProseResult } from './prose-scan.js';
import { HONORIFIC_RE, isPersonNameWord } from './prose-words.js';
import type { DocumentPeople } from './document-people.js';

export * from './prose-rules.js';
export { createDocumentPeople, type DocumentPeople } from './document-people.js';
export type { ProseResult } from './prose-scan.js';

export interface ProseContext {
  documentId: string;
  paragraphId: string | null;
  fileName: string;
  /** 1-based line of the paragraph in the source file. */
  line?: number;
  resolver: OrganizationResolver;
  /** Names seen earlier in the same document; updated with the names found here. */
  seen: DocumentPeople;
  /** Full names known from other sources (e.g. lists of participants); matched when printed in full. */
  knownNames?: readonly string[];
}

/**
 * People named in one paragraph of prose, with their titles and organizations:
 * "<Title> of <Org>, <Name>", "<Name>, <Title>, <Org>", "<Name>, <Title> of the <Org> (<ACR>)",
 * "<Name> of the <Org>", "Mr./Ms. <Surname>" referring back to a full name seen earlier in the
 * same document, honorific + full name, and full names already known.
 */
export function extractPeopleFromProse(paragraphText: string, ctx: ProseContext): ProseResult {
  const scan = new ProseScan(paragraphText, ctx);
  readSignature(scan);
  for (let i = 0; i < scan.toks.length; i++) {
    if (scan.isTaken(i)) continue;
    i = HONORIFIC_RE.test(scan.toks[i]!.core) ? readHonorific(scan, i) : readNameRun(scan, i);
  }
  return scan.res;
}

/** A signature: surname in capitals, then the given name ("BAN Ki-moon", end of 003 annex I). */
function readSignature(scan: ProseScan): void {
  const sig = /^(\p{Lu}{2,}(?:-\p{Lu}{2,})?) (\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?=\s|$)/u.exec(scan.text);
  if (sig && scan.toks.length <= 8 && scan.ctx.resolver.resolve(sig[1]!) === null && isPersonNameWord(sig[2]!)) {
    const surname = sig[1]!.charAt(0) + sig[1]!.slice(1).toLowerCase();
    scan.emit(`${surname} ${sig[2]!}`, null, null, null, RULE_SIGNATURE);
    scan.take([0, 1]);
  }
}

/**
 * Honorifics: "Mr. Steiner", "Ms. Amina Mohammed", "Messrs. Jarraud and Yumkella". A full name is
 * taken as printed; a surname alone refers back to a full name seen earlier. Returns the last token read.
 */
function readHonorific(scan: ProseScan, i: number): number {
  const { toks } = scan;
  const tok = toks[i]!;
  const honorific = tok.core === 'Messrs.' ? 'Mr.' : tok.core === 'Mmes.' ? 'Ms.' : tok.core;
  const plural = tok.core === 'Messrs.' || tok.core === 'Mmes.';
  const groups: number[][] = [];
  let j = i + 1;
  let run: number[] = [];
  while (j < toks.length) {
    const t = toks[j]!;
    if (isNameToken(t.core) && !/^\p{Lu}{2,}$/u.test(t.core)) {
      run.push(j);
      j++;
      // Punctuation or a possessive ends the name.
      if (t.trail !== '') break;
      continue;
    }
    if (plural && t.core === 'and' && run.length > 0) {
      groups.push(run);
      run = [];
      j++;
      continue;
    }
    break;
  }
  if (run.length > 0) groups.push(run);
  if (groups.length === 0) return i;
  for (const g of groups) {
    scan.take(g);
    const words = g.map((k) => toks[k]!.core);
    const printed = words.join(' ');
    if (words.length >= 2 && isKnownGivenName(words[0]!)) {
      const after = afterName(scan, g[g.length - 1]!);
      const { title, org, rule } = after ?? { title: null, org: null, rule: RULE_HONORIFIC_FULL_NAME };
      scan.emit(printed, honorific, title, org, rule === RULE_HONORIFIC_FULL_NAME ? rule : `${RULE_HONORIFIC_FULL_NAME}; ${rule}`);
      continue;
    }
    const back = scan.ctx.seen.bySurname(printed);
    if (back === null) scan.unplace(`${tok.core} ${printed}`, 'no earlier full name with this surname in the document');
    else if (back === 'ambiguous') scan.unplace(`${tok.core} ${printed}`, 'several earlier people share this surname');
    else scan.emit(back, honorific, null, null, RULE_SURNAME_BACKREF);
  }
  return Math.max(i, groups.at(-1)?.at(-1) ?? i);
}

/** The run of personal-name words starting at `i` (particles inside: "da Silva"), or null. */
function nameRunAt(scan: ProseScan, i: number): number[] | null {
  const { toks } = scan;
  if (!isPersonNameWord(toks[i]!.core)) return null;
  const run: number[] = [i];
  let j = i;
  while (toks[j]!.trail === '' && j + 1 < toks.length) {
    const n = toks[j + 1]!;
    if (isParticle(n.core) && j + 2 < toks.length && isPersonNameWord(toks[j + 2]!.core) && n.trail === '') {
      run.push(j + 1);
      j++;
      continue;
    }
    if (!isPersonNameWord(n.core)) break;
    run.push(j + 1);
    j++;
  }
  const coreCount = run.filter((k) => !isParticle(toks[k]!.core)).length;
  return coreCount < 2 || coreCount > 5 ? null : run;
}

/**
 * A run of personal-name words: a person when the clause around it says so (a title before or after,
 * a name seen before, a known given name as the subject). Returns the last token read.
 */
function readNameRun(scan: ProseScan, i: number): number {
  const { toks } = scan;
  const run = nameRunAt(scan, i);
  if (!run) return i;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const name = run.map((k) => toks[k]!.core).join(' ');
  if (scan.inOrg(toks[first]!.start, toks[last]!.end)) return i;
  const prev = first > 0 ? toks[first - 1]! : null;

  const clauseStart = prev === null || /[,;:.]/.test(prev.trail) || /^\d+\.$/.test(prev.core);
  const afterLinkWord = prev !== null && ['to', 'by', 'and'].includes(prev.core);
  const plausible = clauseStart || isKnownGivenName(toks[first]!.core) || scan.known(name) || afterLinkWord;
  if (!plausible) return i;
  // "<Name1> and <Name2>, <Titles> of <Org1> and <Org2> respectively".
  const resp = respectively(scan, run);
  if (resp) return resp;
  // "<Name>, <Title>, <Org>" / "<Name>, <Title> of <Org>" / "<Name> of the <Org> (ACR)".
  const after = afterName(scan, last);
  // "<Title> of <Org>, <Name>,": the clause before the name holds a title.
  const before = prev?.trail.startsWith(',') ? titleBefore(scan, first) : null;

  if (before !== null && (toks[last]!.trail !== '' || after?.rule === RULE_NAME_OF_ORG)) {
    scan.take(run);
    if (after?.org) {
      if (before.org !== null && before.org.organizationId !== after.org.organizationId) {
        scan.emit(name, null, before.title, before.org, RULE_TITLE_OF_ORG_NAME);
        scan.emit(name, null, after.title, after.org, after.rule);
      } else {
        scan.emit(name, null, after.title ?? before.title, after.org, `${RULE_NAME_TITLE}; ${after.rule}`);
      }
    } else {
      scan.emit(name, null, before.title, before.org, before.org ? RULE_TITLE_OF_ORG_NAME : RULE_NAME_TITLE);
    }
    return last;
  }
  if (after !== null) {
    scan.take(run);
    scan.emit(name, null, after.title, after.org, after.rule);
    return last;
  }
  if (scan.known(name)) {
    scan.take(run);
    scan.emit(name, null, null, null, RULE_SEEN_NAME);
    return last;
  }
  // "In the ensuing discussion, Jose Graziano da Silva stressed ...": a clause-initial full name
  // starting with a known given name and followed by a lower-case verb.
  const next = toks[last + 1];
  const verbFollows =
    next !== undefined &&
    /^\p{Ll}+$/u.test(next.core) &&
    !isParticle(next.core) &&
    !['and', 'of', 'for', 'to', 'in', 'on', 'the'].includes(next.core);
  if (clauseStart && isKnownGivenName(toks[first]!.core) && toks[last]!.trail === '' && verbFollows) {
    scan.take(run);
    scan.emit(name, null, null, null, RULE_GIVEN_NAME_SUBJECT);
    return last;
  }
  return i;
}
