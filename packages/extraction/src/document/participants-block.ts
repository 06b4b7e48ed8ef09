/**
 * Locates an annex "List of participants" in a document's raw text: the lines after the title up
 * to the next "Annex" heading (or the end). Returns null when the document has none.
 */
export function findParticipantListLines(text: string): { lines: string[]; firstLine: number } | null {
  const all = text.split(/\r?\n/);
  const start = all.findIndex((l) => /^\s*List of participants\s*$/i.test(l));
  if (start < 0) return null;
  let end = all.length;
  for (let k = start + 1; k < all.length; k++) {
    if (/^\s*Annex\b/i.test(all[k]!)) {
      end = k;
      break;
    }
  }
  return { lines: all.slice(start + 1, end), firstLine: start + 2 };
}
