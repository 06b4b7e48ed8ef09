import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '@igc/seeds';
import { addFurniture, rewrap, splitAcrossPages } from './layout.js';
import { seeded, type Random } from './random.js';
import {
  consultationBase,
  CONSULTATION_FILE,
  mutateConsultation,
  mutateSgReport,
  mutateSummary,
  SG_REPORT_FILE,
  sgReportBase,
  summaryBase,
  SUMMARY_FILE,
} from './other-kinds.js';
import { mutateReport, REPORT_FILE, reportBase } from './report.js';
import type { Draft, SeedKind, Variant } from './types.js';

interface KindDefinition {
  file: string;
  /** The symbol running headers print. */
  symbol: string;
  base(text: string): Draft;
  mutate(draft: Draft, random: Random): Draft;
}

const KINDS: Record<SeedKind, KindDefinition> = {
  'report-with-participants': { file: REPORT_FILE, symbol: 'CEB/2013/6', base: reportBase, mutate: mutateReport },
  'summary-of-conclusions': { file: SUMMARY_FILE, symbol: 'CEB/2013/2', base: summaryBase, mutate: mutateSummary },
  'consultation-summary': { file: CONSULTATION_FILE, symbol: 'CIC/2015/1', base: consultationBase, mutate: mutateConsultation },
  'secretary-general-report': { file: SG_REPORT_FILE, symbol: 'A/75/345', base: sgReportBase, mutate: mutateSgReport },
};

export const SEED_KINDS = Object.keys(KINDS) as SeedKind[];

/**
 * `count` variants of a seed kind, the same for the same `seed`: content mutations (rephrased titles
 * and openings, other sessions, dates, places, people, delegations, agenda items, provisions) with
 * the facts they imply, then layout mutations (furniture, pages, line breaks) that imply none.
 */
export function metamorphicVariants(kind: SeedKind, { count = 50, seed = 1 }: { count?: number; seed?: number } = {}): Variant[] {
  const definition = KINDS[kind];
  const base = definition.base(readFileSync(join(SEED_DIR, definition.file), 'utf8'));
  return Array.from({ length: count }, (_, index) => {
    const random = seeded(seed * 7919 + index);
    const draft = definition.mutate(base, random);
    const layout = applyLayout(draft.text, random, definition.symbol);
    const id = `${kind}-${String(index).padStart(2, '0')}`;
    return {
      kind,
      id,
      fileName: `${id}.txt`,
      text: layout.text,
      reference: draft.text,
      mutations: [...draft.mutations, ...layout.mutations],
      expected: draft.expected,
      wrappedWords: layout.wrappedWords,
      compoundsBroken: layout.compoundsBroken,
    };
  });
}

function applyLayout(text: string, random: Random, symbol: string) {
  const mutations: string[] = [];
  let out = text;
  let wrappedWords: string[] = [];
  let compoundsBroken: string[] = [];
  if (random.chance(0.5)) {
    const count = random.int(1, 6);
    out = addFurniture(out, random, symbol, count);
    mutations.push(`furniture x${count}`);
  }
  if (random.chance(0.5)) {
    const count = random.int(1, 4);
    out = splitAcrossPages(out, random, symbol, count);
    mutations.push(`paragraphs split across pages x${count}`);
  }
  if (random.chance(0.6)) {
    const width = random.int(55, 100);
    const wrapped = rewrap(out, random, width, 0.5);
    ({ wrappedWords, compoundsBroken } = wrapped);
    out = wrapped.text;
    mutations.push(`lines broken at ${width}`);
  }
  return { text: out, mutations, wrappedWords, compoundsBroken };
}
