import { readdirSync, readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { portOpen as isPortOpen, launch, LOCALHOST, type ManagedProcess, waitUntil } from '@igc/launcher';
import { SIGNATURE_HEADER, signRequestBody } from '@igc/service-kit/signing';

// Processes start and are waited for through @igc/launcher, as in `npm start` and the tests;
// these adapters keep the bench's call sites short.
export { freePort, httpOk, ROOT, sleep } from '@igc/launcher';
export const HOST = LOCALHOST;

export const waitFor = (what: string, check: () => Promise<boolean>, timeoutMs = 120_000, child?: ChildProcess) =>
  waitUntil(what, check, { timeoutMs, process: child });

export const portOpen = (port: number) => () => isPortOpen(port, HOST);

export interface Managed {
  name: string;
  child: ChildProcess;
  /** Output lines seen so far (also written to the log file). */
  readonly output: string[];
  stop: ManagedProcess['stop'];
}

/** Starts a Node script (`args[0]`) with the current Node binary; its output goes to `logFile`. */
export function startNode(name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, useFork = false): Managed {
  const managed = launch({ name, script: args[0]!, args: args.slice(1), env, logFile, ipc: useFork });
  return {
    name,
    child: managed.child,
    get output() {
      return managed.output().split('\n');
    },
    stop: managed.stop,
  };
}

export async function stop(managed: Managed | undefined, timeoutMs = 15_000): Promise<void> {
  await managed?.stop('SIGTERM', timeoutMs);
}

/** Resident set size of a process in MiB (VmRSS of /proc/<pid>/status), or null when gone. */
export function rssMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Children of a process, with their command lines. */
export function childrenOf(pid: number): { pid: number; cmdline: string }[] {
  const result: { pid: number; cmdline: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== pid) continue;
      result.push({ pid: Number(entry), cmdline: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() });
    } catch {
      // the process ended while we looked
    }
  }
  return result;
}

/** A process and all its descendants. */
export function treeOf(pid: number): number[] {
  const pids = [pid];
  for (const child of childrenOf(pid)) pids.push(...treeOf(child.pid));
  return pids;
}

export function treeRssMiB(pid: number): number | null {
  const values = treeOf(pid)
    .map(rssMiB)
    .filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

/** POSTs an operation; with `signingSecret` it is signed as our gateway signs (what a subgraph called directly requires). */
export async function graphqlRequest<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  signingSecret?: string,
) {
  const payload = JSON.stringify({ query, variables });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...signatureHeader(payload, signingSecret) },
    body: payload,
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status} with non-JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, ...body, text };
}

export const signatureHeader = (body: string, secret: string | undefined): Record<string, string> =>
  secret ? { [SIGNATURE_HEADER]: signRequestBody(secret, body) } : {};

const TICKS_PER_SECOND = 100; // USER_HZ on Linux (getconf CLK_TCK)

/** CPU time (user + system) a process has used, in ms, or null when gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export function treeCpuMs(pid: number): number | null {
  const values = treeOf(pid)
    .map(cpuMs)
    .filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}
