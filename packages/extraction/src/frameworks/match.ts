/** Linking title phrases ("the UN-wide framework on ...") to extracted frameworks. */
import { contentTokens, titleAcronyms, wordTokens } from './text.js';

export interface TitledFramework {
  id: string;
  title: string;
}

interface Scored {
  id: string;
  score: number;
}

function scoreTitle(phraseTokens: string[], title: string): number | null {
  const wanted = [...new Set(contentTokens(title))];
  if (wanted.length === 0) return null;
  const acronyms = titleAcronyms(title);
  // Every occurrence in the phrase of a wanted word (or of an acronym standing for it).
  const hits: { pos: number; want: number }[] = [];
  wanted.forEach((tok, want) => {
    phraseTokens.forEach((p, pos) => {
      if (p === tok || acronyms.some((a) => a.acronym === p && a.covers.includes(tok))) hits.push({ pos, want });
    });
  });
  hits.sort((a, b) => a.pos - b.pos);
  // Smallest window of the phrase holding every wanted word.
  const counts = new Array<number>(wanted.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (const h of hits) {
    if (counts[h.want]!++ === 0) covered++;
    while (covered === wanted.length) {
      const l = hits[left]!;
      best = Math.min(best, h.pos - l.pos + 1);
      if (--counts[l.want]! === 0) covered--;
      left++;
    }
  }
  if (best === Infinity) return null;
  // The title's words must sit close together in the phrase, not be scattered over a long sentence.
  if (best > wordTokens(title).length + 4) return null;
  return wanted.length;
}

/**
 * The id of the framework whose title the phrase names, or null. Tolerant to case,
 * articles, punctuation, "UN" vs "United Nations" and acronyms of names in the title
 * ("ICSC" for "International Civil Service Commission"); every meaningful word of the
 * title must be present, close together. A phrase that is exactly a framework id also
 * matches. When two frameworks match equally well the answer is null (ambiguous).
 */
export function matchFramework(phrase: string, frameworks: readonly TitledFramework[]): string | null {
  const trimmed = phrase.trim();
  const byId = frameworks.find((f) => f.id === trimmed);
  if (byId) return byId.id;
  const tokens = wordTokens(phrase);
  if (tokens.length === 0) return null;
  const scored: Scored[] = [];
  for (const f of frameworks) {
    const s = scoreTitle(tokens, f.title);
    if (s !== null) scored.push({ id: f.id, score: s });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const distinct = new Set(scored.filter((s) => s.score === best.score).map((s) => s.id));
  return distinct.size === 1 ? best.id : null;
}
