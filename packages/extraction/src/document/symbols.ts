import { slugify } from './clean.js';
import { withPointIds } from './parse.js';
import type { ParsedDocument } from './types.js';

/**
 * Gives documents without a printed symbol the symbol another document cites them by:
 * a paragraph containing the document's title followed by `(SYMBOL)`, e.g.
 * "the report of the High-level Committee on Programmes on its twenty-sixth session (CEB/2013/6)".
 * Re-ids the document and its paragraphs. Returns new objects; inputs are not mutated.
 */
export function inferSymbols(docs: readonly ParsedDocument[]): ParsedDocument[] {
  return docs.map((doc) => {
    if (doc.symbol) return doc;
    const title = doc.title.toLowerCase().replace(/\s+/g, ' ');
    for (const other of docs) {
      if (other === doc) continue;
      for (const p of other.paragraphs) {
        const text = p.text.toLowerCase();
        const at = text.indexOf(title);
        if (at < 0) continue;
        const after = p.text.slice(at + title.length, at + title.length + 40);
        const m = after.match(/^\s*\(([A-Z]{1,6}(?:\/[A-Z0-9.]+)*\/\d+)\)/);
        if (m) return withSymbol(doc, m[1]!, true);
      }
    }
    return doc;
  });
}

/** Returns a copy of the document with the given symbol and ids re-derived from it. */
export function withSymbol(doc: ParsedDocument, symbol: string, inferred: boolean): ParsedDocument {
  const id = slugify(symbol);
  return {
    ...doc,
    id,
    symbol,
    symbolInferred: inferred,
    paragraphs: doc.paragraphs.map((p) => withPointIds({ ...p, id: `${id}/${p.localId}` })),
  };
}
