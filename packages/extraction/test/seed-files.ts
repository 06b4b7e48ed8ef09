import { fileURLToPath } from 'node:url';
import { loadGazetteer, type Gazetteer } from '../src/entities/index.js';

/** The product's seed folder: its documents and its gazetteer are the extraction tests' reference corpus. */
export const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

export function seedGazetteer(): Gazetteer {
  return loadGazetteer(`${SEEDS}data/gazetteer.json`);
}
