/**
 * What prose prints around a name: the title and organization after it (", Title, Org,"), the
 * title before it ("Title of Org, Name,"), and "A and B, Titles of X and Y respectively".
 */
import type { OrganizationMention } from './organizations.js';
import { RULE_NAME_OF_ORG, RULE_NAME_TITLE, RULE_NAME_TITLE_ORG, RULE_RESPECTIVELY } from './prose-rules.js';
import type { ProseScan } from './prose-scan.js';
import { CONNECTOR_WORDS, hasTitleWord, isPersonNameWord, isTitleWord, LEADING_MODIFIERS } from './prose-words.js';
import { squash } from './text.js';

export interface AfterName {
  title: string | null;
  org: OrganizationMention | null;
  rule: string;
}

interface Segment {
  start: number;
  end: number;
}

/** After an organization's name: nothing, its acronym, or a lower-case verb phrase. */
const ORG_TAIL = /^(?: \([^)]*\))?(?: \p{Ll}.*)?$/u;
const OF_THE_END = / (?:of|for|at) (?:the )?$/;

/** Handles "A B and C D, Titles of Org1 and Org2 respectively"; returns the last token used, or 0. */
export function respectively(scan: ProseScan, run: number[]): number {
  const { text, toks, orgMentions } = scan;
  const last = run[run.length - 1]!;
  if (toks[last]!.trail !== '' || toks[last + 1]?.core !== 'and') return 0;
  const second: number[] = [];
  let j = last + 2;
  while (j < toks.length && isPersonNameWord(toks[j]!.core)) {
    second.push(j);
    if (toks[j]!.trail !== '') break;
    j++;
  }
  if (second.length < 2 || !toks[second[second.length - 1]!]!.trail.startsWith(',')) return 0;
  const segStart = toks[second[second.length - 1]!]!.end + 2;
  const r = /\brespectively\b/g;
  r.lastIndex = segStart;
  const rm = r.exec(text);
  if (!rm) return 0;
  const seg = text.slice(segStart, rm.index);
  if (/[;.]/.test(seg.replace(/\([^)]*\)/g, ''))) return 0;
  const ids: OrganizationMention[] = [];
  for (const m of orgMentions) {
    if (m.start < segStart || m.end > rm.index) continue;
    if (ids.length > 0 && ids[ids.length - 1]!.organizationId === m.organizationId) continue;
    ids.push(m);
  }
  if (ids.length !== 2) return 0;
  const rawTitle = seg.split(/ (?:of|for|at) (?:the )?/)[0]!;
  if (!hasTitleWord(rawTitle)) return 0;
  const title = squash(rawTitle)
    .replace(/\bSecretaries\b/g, 'Secretary')
    .replace(/\b(Director|Head|Chair|Representative)s\b/g, '$1');
  const names = [run, second].map((r2) => r2.map((k) => toks[k]!.core).join(' '));
  scan.take([...run, ...second]);
  scan.emit(names[0]!, null, title, ids[0]!, RULE_RESPECTIVELY);
  scan.emit(names[1]!, null, title, ids[1]!, RULE_RESPECTIVELY);
  return second[second.length - 1]!;
}

/** Title and organization printed after a name: ", Title, Org," / ", Title of the Org (ACR)," / " of the Org (ACR)". */
export function afterName(scan: ProseScan, lastIdx: number): AfterName | null {
  const { text, orgMentions } = scan;
  const lastTok = scan.toks[lastIdx]!;
  const pos = lastTok.end;
  const rest = text.slice(pos);
  // " of the <Org>" right after the name.
  const ofM = /^ of (?:the )?/.exec(rest);
  if (ofM && lastTok.trail === '') {
    const org = orgMentions.find((m) => m.start === pos + ofM[0].length);
    if (org) return { title: null, org, rule: RULE_NAME_OF_ORG };
    return null;
  }
  if (!rest.startsWith(', ')) return null;
  const segs = appositiveSegments(scan, pos + 2);
  if (segs === null || segs.length === 0) return null;
  const firstSeg = text.slice(segs[0]!.start, segs[0]!.end);
  if (!hasTitleWord(firstSeg.split(/\s+/).slice(0, 5).join(' '))) return null;
  const { org, titleSegs } = organizationOfSegments(scan, segs);
  if (titleSegs.length === 0) return org ? { title: null, org, rule: RULE_NAME_TITLE_ORG } : null;
  // Drop a trailing verb phrase from the last title segment ("Chief of Staff explained that").
  const title = titleSegs
    .map((s) => text.slice(s.start, s.end))
    .join(', ')
    .replace(/\s+\p{Ll}+(?:\s.*)?$/u, (m0) => (/^\s+(?:of|for|and|on|in|to|the|at)\b/.test(m0) ? m0 : ''));
  if (title === '' || !hasTitleWord(title)) return org ? { title: null, org, rule: RULE_NAME_TITLE_ORG } : null;
  return { title: squash(title).replace(/^the\s+/, ''), org, rule: org ? RULE_NAME_TITLE_ORG : RULE_NAME_TITLE };
}

/** The comma-separated segments of the appositive starting at `p`; null when it does not open with a capital. */
function appositiveSegments(scan: ProseScan, p: number): Segment[] | null {
  const { text, orgMentions } = scan;
  const stopAt = (from: number) => {
    const r = /,|;|\.(?=\s|$)/g;
    r.lastIndex = from;
    const x = r.exec(text);
    return x ? x.index : text.length;
  };
  const segs: Segment[] = [];
  while (p < text.length) {
    // An organization name may contain commas: jump over a mention starting here.
    const m = orgMentions.find((o) => o.start === p);
    let end: number;
    if (m) {
      let e = m.end;
      const acr = /^ \([^)]*\)/.exec(text.slice(e));
      if (acr) e += acr[0].length;
      end = /^(?:[,;]|\.(?=\s|$)|$)/.test(text.slice(e)) ? e : stopAt(e);
    } else {
      end = stopAt(p);
    }
    const segText = text.slice(p, end);
    if (segs.length === 0 && !/^(?:(?:the|outgoing|new|incoming|former|acting|current|then)\s+)*\p{Lu}/u.test(segText)) return null;
    if (segs.length > 0 && /^\p{Ll}/u.test(segText)) break; // "who would ...", "explained that ..."
    segs.push({ start: p, end });
    if (text[end] !== ',') break;
    p = end + 2;
    if (text[end + 1] !== ' ') break;
    if (segs.length > 8) break;
  }
  return segs;
}

/**
 * The organization of an appositive and the segments before it that hold the title: the last segment
 * that begins with a mention covering the segment (a verb may follow), else a mention ending the last
 * title segment ("Executive Director of UNICEF").
 */
function organizationOfSegments(scan: ProseScan, segs: Segment[]): { org: OrganizationMention | null; titleSegs: Segment[] } {
  const { text, orgMentions } = scan;
  for (let s = segs.length - 1; s >= 0; s--) {
    const seg = segs[s]!;
    const m = orgMentions.find((o) => o.start === seg.start);
    if (!m) continue;
    if (ORG_TAIL.test(text.slice(m.end, seg.end))) return { org: m, titleSegs: segs.slice(0, s) };
  }
  let org: OrganizationMention | null = null;
  let titleSegs = segs;
  // Cut the trailing verb phrase off the last segment ("UNODC presented an issues note").
  const lastSeg = segs[segs.length - 1]!;
  const inLast = orgMentions.filter((o) => o.start >= lastSeg.start && o.end <= lastSeg.end);
  for (const m of [...inLast].reverse()) {
    const tail = text.slice(m.end, lastSeg.end);
    const head = text.slice(lastSeg.start, m.start);
    if (ORG_TAIL.test(tail) && OF_THE_END.test(head)) {
      org = m;
      titleSegs = [...segs.slice(0, -1), { start: lastSeg.start, end: lastSeg.start + head.replace(OF_THE_END, '').length }];
      break;
    }
    if (ORG_TAIL.test(tail) && head === '') {
      org = m;
      titleSegs = segs.slice(0, -1);
      break;
    }
  }
  if (org === null) {
    // "Special Representative of the World Bank to the United Nations": the first "of <Org>".
    const m = inLast.find((o) => / of (?:the )?$/.test(text.slice(lastSeg.start, o.start)));
    if (m) org = m;
  }
  if (org === null) {
    // "United Nations Population Fund Geneva Liaison Office": a segment opening with a mention.
    const m = inLast.find((o) => o.start === lastSeg.start);
    if (m && segs.length > 1) {
      org = m;
      titleSegs = segs.slice(0, -1);
    }
  }
  return { org, titleSegs };
}

/** "<Title> of <Org>, " right before the name (back to the previous comma, semicolon or sentence start). */
export function titleBefore(scan: ProseScan, firstIdx: number): { title: string; org: OrganizationMention | null } | null {
  const { text, toks, orgMentions } = scan;
  const end = toks[firstIdx - 1]!.end; // before the comma
  let start = 0;
  for (let k = firstIdx - 2; k >= 0; k--) {
    const t = toks[k]!;
    if (/[,;:.]/.test(t.trail) && !/^(?:Mr|Ms|Dr)\.$/.test(t.core)) {
      start = toks[k + 1]!.start;
      break;
    }
    if (/^\d+\.$/.test(t.core)) {
      start = toks[k + 1]!.start;
      break;
    }
  }
  // Walk back from the comma over capitalized words, connectors, title words and organization names:
  // "The Chair informed the Committee that its current Vice-Chair" → "Vice-Chair".
  let from = end;
  for (let k = firstIdx - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.start < start) break;
    if (k < firstIdx - 1 && /[,;:.]/.test(t.trail)) break;
    const inside = orgMentions.some((m) => m.start <= t.start && t.end <= m.end);
    const ok = inside || /^\p{Lu}/u.test(t.core) || CONNECTOR_WORDS.has(t.core) || isTitleWord(t.core) || LEADING_MODIFIERS.has(t.core);
    if (!ok) break;
    from = t.start;
  }
  const words = text
    .slice(from, end)
    .split(/\s+/)
    .filter((w) => w !== '');
  const isLeading = (w: string) => LEADING_MODIFIERS.has(w.toLowerCase()) || CONNECTOR_WORDS.has(w.toLowerCase());
  while (words.length > 0 && isLeading(words[0]!)) words.shift();
  if (words.length === 0 || words.length > 25) return null;
  if (!hasTitleWord(words.join(' '))) return null;
  const title = words.join(' ');
  const titleStart = end - title.length;
  // The organization: a mention introduced by of/from/for/at, ending the title.
  const ms = orgMentions.filter((m) => m.start >= titleStart && m.end <= end);
  for (const m of ms.reverse()) {
    const head = text.slice(titleStart, m.start);
    const tail = text.slice(m.end, end);
    if (/ (?:of|from|for|at) (?:the )?$/.test(head) && /^(?: \([^)]*\))?$/.test(tail)) {
      return { title: squash(head.replace(/ (?:of|from|for|at) (?:the )?$/, '')), org: m };
    }
  }
  return { title: squash(title), org: null };
}
