import { stripAccents } from './text.js';

/**
 * Common given names (several languages and regions), lower-case ASCII. Curated reference data:
 * used only to decide where a second person starts on a line that prints several names
 * separated by single spaces ("Paolo Galli Petra Lantz"). A name missing here never produces a
 * wrong person: the line is kept as one name or reported as ambiguous.
 */
const GIVEN_NAMES_TEXT = `
aaron abdul abdullah abdoulaye achim adam adama adel adriana agnes ahmad ahmed aida aisha akiko alain alan
albert alberto aldo alejandro aleksandr alessandra alessandro alex alexander alexandra alexandre alexei alexey
alfredo ali alia alice alicia alison amadou amal amanda amare amina amir amr amy ana anders andrea andreas andrew
andrey angela angelina angelo anita ann anna anne annette anthony antoine anton antonio arnold arturo atefeh
axel ayesha babatunde barbara beatrice ben benjamin bernard bertrand bettina bill blanca bob boris brenda brian
bruno carla carlo carlos carmen carol caroline catherine cecilia celine charles charlotte cheikh cheryl chris
christian christina christine christophe christopher claire clara claudia colin craig cristina daniel daniela
david deborah denis dennis diana diego dimitri dina dmitry dominique dong donald doreen dorothy eduardo edward
egon elena elisabeth eliza elizabeth elliot elliott emily emma enrique eric erik ernesto esther eva fabrizio
farid fatima fatou federico felix fernando filippo fiona florence francesca francesco francis francisco
franco francois frank franz frederic frederick gabriel gabriela george georges gerard gerhard gillian gina
giovanni giuseppe gloria grace graham greg gregory guido guillermo gunilla gustavo hamadoun hamid hana hannah
hans harold hassan heather heinz helen helena helene henri henrik henry hiroshi hugo ian ibrahim ignacio igor
ilona ines ingo ingrid irina isabel isabella isabelle ivan ivana jacques jake james jan jane janet janos jasmine
jean jean-claude jean-luc jean-marie jean-paul jean-pierre jean-yves jeffrey jennifer jens jeremy jesper jessica
jill jim joachim joan joanna joao joe johan johannes john jonathan jorge jose josef joseph josephine joyce juan
judith julia julian juliana julie julien justin kamal kandeh kanako karen karin karl kate katherine kathleen
katrin kazuo keiko kenji kenneth kevin khalid khalil kim kofi kristina lakshmi lars laura laurence laurent lea
leila lena leo leon leonardo lilian linda lisa louis louise lucia luis luisa luiz magdalena maaike mahmoud malik
mamadou manuel marc marcel marcelo marcio marco margaret margit maria marian marie mariana marina mario mark
marta martin mary maryam massimo matthew maurice max maxim maxime mehmet melissa michael michel michele michelle
miguel mikhail mina miriam mohamed mohammad mohammed monica muhammad muhammed mukhisa nabil nadia nadine naoko
natalia natasha navi navid nicholas nicolas nicole nikolai nina noura olga oliver olivia omar oscar pablo paola
paolo pascal patricia patrick paul paula pedro peter petra phillip philippe phumzile phyllis pierre pietro priya
rachel rafael rahul rajesh ramon raul rebecca remo renata rene ricardo richard rita robert roberto robin roger
ronald rosa ruth said salim samir samuel sandeep sandra sara sarah sarwar sebastian serge sergei sergey sharon
silvano silvia simon simona simone sofia sonia sophie stefan stefano stephan stephanie stephen steven susan
susanne suzanne sylvie taleb tanya tatiana telma teresa thomas tim timothy tina tom tomas ursula valentina
valerie vanessa vera veronica victor victoria vincent viktor vladimir walter wang william wolfgang xavier
yamina yasmin yoko yong youssef yuri yves zainab zoritsa
`;

const GIVEN_NAMES = new Set(GIVEN_NAMES_TEXT.split(/\s+/).filter((w) => w !== ''));

export function isKnownGivenName(token: string): boolean {
  const t = stripAccents(token)
    .toLowerCase()
    .replace(/[^a-z-]/g, '');
  if (GIVEN_NAMES.has(t)) return true;
  // Hyphenated given names ("Jean-Yves") count when their first part is a given name.
  const first = t.split('-')[0];
  return t.includes('-') && first !== undefined && GIVEN_NAMES.has(first) && /^\p{Lu}[\p{Ll}]+-\p{Lu}/u.test(stripAccents(token));
}

/** Honorifics stripped from printed names; stored in ExtractedPerson.honorific. */
export const HONORIFICS = [
  'H.E.',
  'H. E.',
  'Mr.',
  'Ms.',
  'Mrs.',
  'Dr.',
  'Prof.',
  'Professor',
  'Ambassador',
  'Sir',
  'Dame',
  'Mme',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
  'Messrs.',
  'Judge',
  'Justice',
];
const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.toLowerCase()));

export function isHonorific(token: string): boolean {
  return HONORIFIC_SET.has(token.toLowerCase());
}

/** Name particles: never end a name, never start a second name. */
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'der',
  'den',
  'di',
  'du',
  'van',
  'von',
  'le',
  'la',
  'el',
  'al',
  'bin',
  'ben',
  'ibn',
  'y',
  'mc',
  'mac',
  'ter',
  'ten',
  'st',
  'st.',
]);

export function isParticle(token: string): boolean {
  return PARTICLES.has(token.toLowerCase());
}

/** A token that can be part of a printed personal name. */
export function isNameToken(token: string): boolean {
  if (isParticle(token)) return true;
  if (/^\p{Lu}\.$/u.test(token)) return true; // initial: "J."
  return /^\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*$/u.test(token);
}

/** Splits leading honorifics off a printed name: "H.E. Mr. John Smith" → ["H.E. Mr.", "John Smith"]. */
export function splitHonorific(text: string): { honorific: string | null; name: string } {
  const tokens = text.trim().split(/\s+/);
  const hon: string[] = [];
  while (tokens.length > 0) {
    if (tokens[0] === 'H.' && tokens[1] === 'E.') {
      hon.push('H.E.');
      tokens.splice(0, 2);
      continue;
    }
    if (isHonorific(tokens[0]!)) {
      hon.push(tokens.shift()!);
      continue;
    }
    break;
  }
  return { honorific: hon.length > 0 ? hon.join(' ') : null, name: tokens.join(' ') };
}

export interface SplitName {
  name: string;
  honorific: string | null;
}

export type SplitResult = { ok: true; names: SplitName[] } | { ok: false; reason: string };

const MAX_NAME_TOKENS = 5;

/**
 * Splits a run of personal names printed with single spaces into persons.
 * A new person starts only at a known given name (or an honorific); every person has at least
 * two name tokens (particles do not count) and at most five; a particle never ends a name;
 * a boundary never falls inside a name known from elsewhere (`knownNames`). Among the valid
 * segmentations the one with the most persons wins, then the one with fewest persons ending in a
 * known given name; a remaining tie is reported, never guessed.
 */
export function splitPersonNames(text: string, knownNames: readonly string[] = []): SplitResult {
  const raw = text
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  if (raw.length === 0) return { ok: false, reason: 'empty name' };
  // Group honorifics with the following token.
  const tokens: string[] = [];
  const honor: (string | null)[] = [];
  let pending: string[] = [];
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k]!;
    if (t === 'H.' && raw[k + 1] === 'E.') {
      pending.push('H.E.');
      k++;
      continue;
    }
    if (isHonorific(t)) {
      pending.push(t);
      continue;
    }
    tokens.push(t);
    honor.push(pending.length > 0 ? pending.join(' ') : null);
    pending = [];
  }
  if (pending.length > 0) return { ok: false, reason: 'honorific without a name' };
  const bad = tokens.find((t) => !isNameToken(t));
  if (bad !== undefined) return { ok: false, reason: `'${bad}' is not part of a personal name` };

  const n = tokens.length;
  const norm = tokens.map((t) => stripAccents(t).toLowerCase());
  // Boundaries forbidden inside known names.
  const forbidden = new Set<number>();
  for (const k of knownNames) {
    const kt = stripAccents(k).toLowerCase().split(/\s+/);
    if (kt.length < 2) continue;
    for (let s = 0; s + kt.length <= n; s++) {
      if (kt.every((w, j) => norm[s + j] === w)) for (let b = s + 1; b < s + kt.length; b++) forbidden.add(b);
    }
  }
  const canStart = (i: number): boolean =>
    i === 0 || (!forbidden.has(i) && !isParticle(tokens[i]!) && (honor[i] !== null || isKnownGivenName(tokens[i]!)));
  const validChunk = (i: number, j: number): boolean => {
    const chunk = tokens.slice(i, j);
    const core = chunk.filter((t) => !isParticle(t));
    if (core.length < 2 || core.length > MAX_NAME_TOKENS) return false;
    if (isParticle(chunk[chunk.length - 1]!)) return false;
    for (let k = i + 1; k < j; k++) if (honor[k] !== null) return false; // an honorific starts a new name
    return true;
  };
  // best[i]: most persons covering tokens i..; then fewest persons whose last word is a known given
  // name ("Telma Viale | Ana Teresa Romero", not "Telma Viale Ana | Teresa Romero"); number of ways.
  const best: { count: number; pen: number; ways: number; next: number }[] = new Array(n + 1);
  best[n] = { count: 0, pen: 0, ways: 1, next: n };
  for (let i = n - 1; i >= 0; i--) {
    let cur = { count: -1, pen: 0, ways: 0, next: -1 };
    if (canStart(i)) {
      for (let j = i + 2; j <= n; j++) {
        if (j < n && !canStart(j)) continue;
        if (!validChunk(i, j)) continue;
        const rest = best[j]!;
        if (rest.count < 0) continue;
        const c = rest.count + 1;
        const pen = rest.pen + (isKnownGivenName(tokens[j - 1]!) ? 1 : 0);
        if (c > cur.count || (c === cur.count && pen < cur.pen)) cur = { count: c, pen, ways: rest.ways, next: j };
        else if (c === cur.count && pen === cur.pen) cur.ways += rest.ways;
      }
    }
    best[i] = cur;
  }
  const root = best[0]!;
  if (root.count <= 0) {
    return { ok: false, reason: n < 2 ? 'a single word is not a full name' : 'cannot split into personal names' };
  }
  if (root.ways > 1) return { ok: false, reason: `ambiguous split into ${root.count} names` };
  const names: SplitName[] = [];
  let i = 0;
  while (i < n) {
    const j = best[i]!.next;
    names.push({ name: tokens.slice(i, j).join(' '), honorific: honor[i] ?? null });
    i = j;
  }
  return { ok: true, names };
}
