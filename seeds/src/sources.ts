import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCorpus as extract, loadGazetteer, validateSource, type Extraction, type SourceText } from '@igc/extraction';

export type { SourceText };

/** The product's sample corpus: seeds/*.txt. */
export const SEED_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The curated organizations every extraction starts from. */
export const GAZETTEER_PATH = join(SEED_DIR, 'data', 'gazetteer.json');

export function seedFiles(dir = SEED_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads one file; throws DocumentFormatError (naming the file and line) for empty, binary or non-UTF-8 input. */
export function readSource(path: string): SourceText {
  const bytes = readFileSync(path);
  const fileName = basename(path);
  const text = validateSource(bytes, fileName);
  return { fileName, text, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Extracts a corpus with the product's gazetteer. */
export function extractCorpus(sources: readonly SourceText[]): Extraction {
  return extract(sources, { gazetteer: loadGazetteer(GAZETTEER_PATH) });
}
