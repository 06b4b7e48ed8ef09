import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateSource } from './extract/document/index.js';

/** A source file as read from disk, checked to be non-empty UTF-8 text. */
export interface SourceText {
  fileName: string;
  text: string;
  sha256: string;
}

/** The product's sample corpus: seeds/*.txt. */
export const SEED_DIR = fileURLToPath(new URL('..', import.meta.url));

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
