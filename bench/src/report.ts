import { cpus, totalmem } from 'node:os';
import type { CompareResult, TargetName } from './compare.js';
import type { ScaleResult } from './scale.js';

export interface BenchResult {
  date: string;
  mode: 'quick' | 'full' | 'scale';
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; platform: string };
  compare?: CompareResult;
  scale?: ScaleResult;
}

export function machine(): BenchResult['machine'] {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

const fmt = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '–' : v.toFixed(digits));
/** One Markdown table row from its cells. */
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

const TARGET_LABEL: Record<TargetName, string> = {
  ours: 'our gateway',
  oursNoDedupe: 'ours, dedupe off',
  hive: 'Hive Gateway',
  hiveNoDedupe: 'Hive, dedupe off',
  hiveRust: 'Hive + Rust runtime',
  hiveRustNoDedupe: 'Hive + Rust, dedupe off',
  direct: 'subgraph direct',
};
const TARGET_ORDER: TargetName[] = ['ours', 'hive', 'hiveRust', 'oursNoDedupe', 'hiveNoDedupe', 'hiveRustNoDedupe', 'direct'];

/** CPU per request: the target's own gateway process, the three subgraphs together, the database. */
function cpu(used: Record<string, number> | undefined, target: TargetName): string {
  if (!used) return '– | – | –';
  const gateway = target === 'direct' ? null : used[target === 'ours' ? 'gateway' : target];
  const subgraphs = (used.sessions ?? 0) + (used.entities ?? 0) + (used.frameworks ?? 0);
  return `${fmt(gateway, 2)} | ${fmt(subgraphs, 2)} | ${fmt(used['embedded-db'], 2)}`;
}

/** Ours over the faster Hive runtime with the same deduplication setting (older results: over Hive's default runtime). */
function ratioCell(op: CompareResult['operations'][number], target: TargetName): string {
  if (target === 'ours') return `**${fmt(op.ratios.oursOverFastest ?? op.ratios.oursOverHive, 2)}**`;
  if (target === 'oursNoDedupe') {
    return `**${fmt(op.ratios.oursNoDedupeOverFastestNoDedupe ?? op.ratios.oursNoDedupeOverHiveNoDedupe, 2)}**`;
  }
  return '';
}

/** The gateways' package versions, as recorded with the results. */
export function versionsText(c: CompareResult): string {
  return c.versions
    ? `Versions: ${Object.entries(c.versions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`
    : '';
}

export function compareTable(c: CompareResult): string {
  const lines = [
    row([
      'operation',
      'target',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'errors',
      'non-2xx',
      'ours / fastest peer',
      'ours/direct',
      'plan fetches',
      'SQL statements / op',
      'subgraph requests / op',
      'CPU ms/req: gateway',
      'subgraphs',
      'database',
    ]),
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|',
  ];
  for (const op of c.operations) {
    let first = true;
    for (const target of TARGET_ORDER) {
      const r = op.results[target];
      if (!r) continue;
      const perSubgraph = (counts: Record<string, number> | undefined) =>
        counts
          ? Object.entries(counts)
              .filter(([, n]) => n > 0)
              .map(([k, n]) => `${k} ${fmt(n, n % 1 ? 1 : 0)}`)
              .join(', ') || '0'
          : '–';
      lines.push(
        row([
          first ? op.title : '',
          TARGET_LABEL[target],
          fmt(r.rps),
          fmt(r.p50),
          fmt(r.p95),
          fmt(r.p99),
          r.errors + r.graphqlErrors,
          r.non2xx,
          ratioCell(op, target),
          target === 'ours' ? fmt(op.ratios.oursOverDirect, 2) : '',
          target === 'ours' ? op.planFetches : '',
          perSubgraph(op.sql[target]),
          perSubgraph(op.subgraphRequests?.[target]),
          cpu(op.cpuPerRequest[target], target),
        ]),
      );
      first = false;
    }
  }
  return lines.join('\n');
}

export function rssTable(c: CompareResult): string {
  const names = Object.keys(c.rss.idle).filter((n) => n !== 'stack');
  const total = (r: Record<string, number | null>) =>
    r.stack ?? names.filter((n) => !n.startsWith('hive') && n !== 'sql-proxy' && n !== 'oursNoDedupe').reduce((s, k) => s + (r[k] ?? 0), 0);
  const rows: [string, Record<string, number | null> | undefined][] = [
    ['idle', c.rss.idle],
    ['under load (peak)', c.rss.load],
    ['2 s after the load', c.rss.after],
  ];
  return [
    `| RSS MiB | ${names.join(' | ')} | stack total (all \`npm start\` runs) |`,
    `|---|${names.map(() => '---:').join('|')}|---:|`,
    ...rows
      .filter(([, r]) => r)
      .map(([label, r]) => `| ${label} | ${names.map((n) => fmt(r![n], 0)).join(' | ')} | ${fmt(total(r!), 0)} |`),
  ].join('\n');
}

/** The corpus and ingestion at each level, then each journey's p95 per level and its growth (goal: within 2×). */
export function scaleTable(s: ScaleResult): string {
  const lines = ['| scale | sessions | paragraphs | ingestion s | paragraphs/s | database MiB |', '|---|---:|---:|---:|---:|---:|'];
  for (const l of s.levels) {
    const cells = [`${l.scale}×`, l.sessions, l.paragraphs, fmt(l.ingestSeconds), fmt(l.paragraphsPerSecond, 0), fmt(l.databaseMiB)];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n\n${journeyTable(s)}`;
}

function journeyTable(s: ScaleResult): string {
  const journeys = [...new Set(s.levels.flatMap((l) => Object.keys(l.p95)))];
  const first = s.levels[0];
  const last = s.levels[s.levels.length - 1];
  const span = first && last && last !== first ? `${first.scale}× → ${last.scale}×` : 'growth';
  const lines = [
    `| journey (p95 ms) | ${s.levels.map((l) => `${l.scale}×`).join(' | ')} | ${span} | within 2× |`,
    `|---|${s.levels.map(() => '---:').join('|')}|---:|:---:|`,
  ];
  for (const journey of journeys) {
    const a = first?.p95[journey];
    const b = last?.p95[journey];
    const growth = a && b && last !== first ? b / a : null;
    const verdict = growth === null ? '–' : growth <= 2 ? 'yes' : 'no';
    const cells = [journey, ...s.levels.map((l) => fmt(l.p95[journey])), growth === null ? '–' : `×${growth.toFixed(1)}`, verdict];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function growthText(s: ScaleResult): string {
  const done = s.levels.filter((l) => l.p95);
  if (done.length < 2) return '';
  const first = done[0]!;
  const last = done[done.length - 1]!;
  const factor = last.scale / first.scale;
  const growth = (a: number | null | undefined, b: number | null | undefined) => (a && b ? `×${(b / a).toFixed(1)}` : '–');
  const parts = Object.keys(last.p95).map((o) => `${o} p95 ${growth(first.p95[o], last.p95[o])}`);
  const database = `database size ${growth(first.databaseMiB, last.databaseMiB)}`;
  const ingestion = `ingestion throughput ${growth(first.paragraphsPerSecond, last.paragraphsPerSecond)}`;
  return `From ${first.scale}× to ${last.scale}× (data ×${factor}): ${database}, ${ingestion}, ${parts.join(', ')}.`;
}

export function markdown(result: BenchResult): string {
  const m = result.machine;
  const dates = result as { compareDate?: string; scaleDate?: string };
  const when =
    [dates.compareDate && `gateway comparison ${dates.compareDate}`, dates.scaleDate && `scale ${dates.scaleDate}`]
      .filter(Boolean)
      .join(', ') || result.date;
  const out = [`# Benchmark results`, '', `${when} · ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`, ''];
  if (result.compare) {
    const c = result.compare;
    out.push(
      `Gateways on the seed corpus (${Object.entries(c.dataset)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), embedded database, ` +
        `${c.settings.connections} connections, ${c.settings.rounds} interleaved round(s) of ${c.settings.seconds} s per operation and ` +
        `target after ${c.settings.warmupSeconds} s warm-up each. System ready in ${c.readySeconds} s (fresh database, seeds ingested).`,
      '',
      versionsText(c),
      '',
      compareTable(c),
      '',
      rssTable(c),
      '',
      'req/s, latencies and ratios are uncached (no response cache anywhere). ' +
        '"plan fetches": subgraph requests in our gateway\'s query plan. ' +
        'SQL statements are counted on the wire by a PostgreSQL protocol proxy between each subgraph and the database ' +
        '(simple queries + extended-protocol executes), averaged over 5 sequential calls after a warm-up call.',
      '',
    );
  }
  if (result.scale) {
    out.push(
      '## Scale (PostgreSQL, synthetic corpus, our gateway)',
      '',
      scaleTable(result.scale),
      '',
      growthText(result.scale),
      '',
      result.scale.note,
      '',
    );
  }
  return out.join('\n');
}
