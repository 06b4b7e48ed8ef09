import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HOST = '127.0.0.1';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000, child?: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}); see its log`);
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
}

export const httpOk = (url: string) => () => fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
export const portOpen = (port: number) => () =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: HOST, port }, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

export interface Managed {
  name: string;
  child: ChildProcess;
  /** Output lines seen so far (also written to the log file). */
  output: string[];
}

/** Starts a Node script with the current Node binary; its output goes to `logFile`. */
export function startNode(name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, useFork = false): Managed {
  const child = useFork
    ? fork(args[0]!, args.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] })
    : spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile, { flags: 'a' });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    log.write(chunk);
    if (output.length < 5000) output.push(...chunk.toString().split('\n'));
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.on('exit', () => log.end());
  return { name, child, output };
}

export async function stop(managed: Managed | undefined, timeoutMs = 15_000): Promise<void> {
  if (!managed) return;
  const { child } = managed;
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), resolve()), timeoutMs);
    child.on('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
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
  const values = treeOf(pid).map(rssMiB).filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

export async function graphqlRequest<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
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
  const values = treeOf(pid).map(cpuMs).filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}
