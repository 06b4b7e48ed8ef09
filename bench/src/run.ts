/**
 * `npm run bench` — the gateway comparison (full settings) and the scale series 1×–1000×.
 * `npm run bench -- --quick` — the gateway comparison with short runs, no scale (< 3 minutes).
 * `npm run bench -- --scale` — the scale series only.
 * `npm run bench -- --compare` — the gateway comparison only, full settings.
 * `npm run bench -- --soak` — the soak only: 600 s at 200 connections over a mix of every journey
 *   (--soak-seconds=60 --soak-connections=200 --soak-sample=10), into bench/results/soak-latest.*.
 *
 * Options: --scales=1,10,100 --connections=8 --seconds=10 --rounds=3 --no-sql-count
 *          --postgres=postgres://postgres@127.0.0.1:5432/test --no-readme --keep-tmp
 *          --no-ours-no-dedupe: skip the second instance of our gateway (DEDUPLICATE_SUBGRAPH_QUERIES=false)
 *          --cpu-prof (V8 profiles of every process of the system in bench/results/tmp/profiles)
 *          --readme-only (re-render latest.md and bench/README.md's results from latest.json)
 * Writes bench/results/latest.json and latest.md, and the tables into bench/README.md's
 * "Results" section (between its markers). Times are results, never assertions.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareGateways } from './compare.js';
import { ROOT } from './processes.js';
import { compareTable, growthText, versionsText, machine, markdown, rssTable, scaleTable, type BenchResult } from './report.js';
import { runScale } from './scale.js';
import { runSoak, soakSummary, soakTable, type SoakResult } from './soak.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) =>
  args
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')
    .slice(1)
    .join('=');

const quick = flag('quick');
const scaleOnly = flag('scale');
const soak = flag('soak');
const compareOnly = flag('compare');
const mode: BenchResult['mode'] = scaleOnly ? 'scale' : quick ? 'quick' : 'full';
const resultsDir = join(ROOT, 'bench/results');
const tmpDir = join(resultsDir, 'tmp', `run-${process.pid}`);
const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function write(result: BenchResult) {
  if (flag('no-results')) return; // e.g. a profiling run
  mkdirSync(resultsDir, { recursive: true });
  // A partial run (quick or scale only) keeps the other part of the previous results, with its date.
  const previousPath = join(resultsDir, 'latest.json');
  const previous: Partial<BenchResult> & { compareDate?: string; scaleDate?: string } = existsSync(previousPath)
    ? JSON.parse(readFileSync(previousPath, 'utf8'))
    : {};
  const merged = {
    ...result,
    compare: result.compare ?? previous.compare,
    compareDate: result.compare ? result.date : previous.compareDate,
    // Scale levels accumulate: a run of some levels replaces those and keeps the others.
    scale: result.scale
      ? {
          ...result.scale,
          levels: [
            ...(previous.scale?.levels ?? []).filter((l) => !result.scale!.levels.some((n) => n.scale === l.scale)),
            ...result.scale.levels,
          ].sort((a, b) => a.scale - b.scale),
        }
      : previous.scale,
    scaleDate: result.scale ? result.date : previous.scaleDate,
  };
  writeFileSync(previousPath, `${JSON.stringify(merged, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'latest.md'), markdown({ ...merged, mode: result.mode }));
  if (!flag('no-readme')) updateReadme(merged);
}

function updateReadme(result: BenchResult & { compareDate?: string; scaleDate?: string }) {
  const path = join(ROOT, 'bench/README.md');
  const readme = readFileSync(path, 'utf8');
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) return;
  const m = result.machine;
  const parts = [`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}.`, ''];
  if (result.compare) {
    const c = result.compare;
    parts.push(
      `Gateway comparison (${result.compareDate?.slice(0, 16).replace('T', ' ')} UTC, ${c.settings.connections} connections, ` +
        `${c.settings.rounds}×${c.settings.seconds} s interleaved per cell, ` +
        `seed corpus: ${c.dataset.sessions} sessions, ${c.dataset.paragraphs} paragraphs):`,
      '',
      versionsText(c),
      '',
      compareTable(c),
      '',
      rssTable(c),
      '',
    );
  }
  if (result.scale) {
    parts.push(
      `Scale (latest level ${result.scaleDate?.slice(0, 16).replace('T', ' ')} UTC, PostgreSQL 15, our gateway; ` +
        'the server of each level is in latest.json):',
      '',
      scaleTable(result.scale),
      '',
      growthText(result.scale),
      '',
    );
  }
  writeFileSync(path, `${readme.slice(0, a + start.length)}\n${parts.join('\n')}\n${readme.slice(b)}`);
}

/** Replaces the README's text between `<!-- bench:<name>:start -->` and its end marker. */
function replaceReadmeSection(name: string, text: string) {
  const path = join(ROOT, 'bench/README.md');
  const readme = readFileSync(path, 'utf8');
  const start = `<!-- bench:${name}:start -->`;
  const a = readme.indexOf(start);
  const b = readme.indexOf(`<!-- bench:${name}:end -->`);
  if (a < 0 || b < a) return;
  writeFileSync(path, `${readme.slice(0, a + start.length)}\n${text}\n${readme.slice(b)}`);
}

async function soakOnly() {
  const result = await runSoak({
    seconds: Number(option('soak-seconds') ?? 600),
    connections: Number(option('soak-connections') ?? 200),
    sampleSeconds: Number(option('soak-sample') ?? 10),
    tmpDir,
    log,
  });
  const text = soakText(result);
  log(`\n${text}`);
  if (flag('no-results')) return;
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'soak-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'soak-latest.md'), `# Soak\n\n${text}`);
  if (!flag('no-readme')) replaceReadmeSection('soak', soakText(result, 60));
}

/** The soak's summary and table; the README's keeps one row a minute, soak-latest.md every sample. */
function soakText(result: SoakResult, everySeconds?: number): string {
  const when = `${result.date.slice(0, 16).replace('T', ' ')} UTC, ${machine().cores} cores shared`;
  return [`Soak (${when}): ${soakSummary(result)}`, '', soakTable(result, everySeconds), ''].join('\n');
}

async function main() {
  if (soak) {
    try {
      await soakOnly();
    } finally {
      if (!flag('keep-tmp')) rmSync(tmpDir, { recursive: true, force: true });
    }
    return;
  }
  if (flag('readme-only')) {
    // Re-renders the README section from bench/results/latest.json.
    const latest = JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8'));
    writeFileSync(join(resultsDir, 'latest.md'), markdown(latest));
    updateReadme(latest);
    const soakPath = join(resultsDir, 'soak-latest.json');
    if (existsSync(soakPath)) replaceReadmeSection('soak', soakText(JSON.parse(readFileSync(soakPath, 'utf8')) as SoakResult, 60));
    return;
  }
  const result: BenchResult = { date: new Date().toISOString(), mode, machine: machine() };
  try {
    if (!scaleOnly) {
      result.compare = await compareGateways({
        connections: Number(option('connections') ?? 8),
        warmupSeconds: Number(option('warmup') ?? (quick ? 1 : 3)),
        rounds: Number(option('rounds') ?? (quick ? 2 : 3)),
        seconds: Number(option('seconds') ?? (quick ? 3 : 10)),
        sqlCount: !flag('no-sql-count'),
        oursNoDedupe: !flag('no-ours-no-dedupe'),
        cpuProfileDir: flag('cpu-prof') ? join(resultsDir, 'tmp', 'profiles') : undefined,
        tmpDir,
        log,
      });
      write(result);
      log(`\n${compareTable(result.compare)}\n\n${rssTable(result.compare)}`);
    }
    if (!quick && !compareOnly) {
      const scales = (option('scales') ?? '1,10,100,1000').split(',').map(Number);
      result.scale = await runScale({
        scales,
        postgresUrl: option('postgres') ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
        connections: Number(option('scale-connections') ?? 4),
        seconds: Number(option('scale-seconds') ?? 10),
        tmpDir,
        log,
        onLevel: (partial) => write({ ...result, scale: partial }),
      });
      write(result);
      log(`\n${scaleTable(result.scale)}\n${growthText(result.scale)}`);
    }
    log(`wrote bench/results/latest.json and latest.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    if (!flag('keep-tmp')) rmSync(tmpDir, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (!flag('keep-tmp')) console.error(`(logs of the processes were in ${tmpDir}; rerun with --keep-tmp to keep them)`);
  process.exitCode = 1;
});
