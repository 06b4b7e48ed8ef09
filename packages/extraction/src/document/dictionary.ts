import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | null = null;

/**
 * True for a word of English (the `word-list` package, ~274,000 words): at a line-end hyphen it
 * tells a wrapped word ("coordi-" + "nation") from a compound ("growth-" + "centric").
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const w = word.toLowerCase();
  if (words.has(w)) return true;
  // Inflections the list leaves out: "interlinkages" → "interlinkage".
  return /(?:s|es|ed|ing)$/.test(w) && [w.replace(/(?:s|es|ed|ing)$/, ''), w.replace(/s$/, '')].some((stem) => words!.has(stem));
}
