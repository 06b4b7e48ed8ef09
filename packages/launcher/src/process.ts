import { type ChildProcess, fork, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { httpOk, readyUrl, waitUntil } from './wait.js';

/** The repository root: scripts are given relative to it. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Output kept in memory per process; the log file, when given, receives all of it. */
const MAX_KEPT_OUTPUT = 8 * 1024 * 1024;

export interface LaunchOptions {
  name: string;
  /** A Node script, relative to the repository root (or absolute). */
  script: string;
  args?: string[];
  /** The process's whole environment (callers start from process.env). */
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Forward the output to this process's stdout/stderr, each line prefixed with `[name] `. */
  prefixOutput?: boolean;
  /** Append the output to this file. */
  logFile?: string;
  /** Open an IPC channel (child_process.fork), for scripts that report through `process.send`. */
  ipc?: boolean;
  /** Keep the output for `output()` (default); `npm start` only forwards it, so keeps none. */
  keepOutput?: boolean;
}

/** A Node process the launcher started; its output is kept so that callers and tests can read it. */
export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** All output so far (stdout and stderr interleaved as it arrived), unless `keepOutput` is false. */
  output(): string;
  /** The exit code, or null when a signal ended it. */
  exited: Promise<number | null>;
  /** SIGTERM (or `signal`), then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<number | null>;
}

/** The most of an unfinished line held back; past it, the part is written as a line of its own. */
const MAX_PARTIAL_LINE = 64 * 1024;

/**
 * Prefixes each line of a stream's text, chunk by chunk. A pipe may split a line between reads
 * (a child's buffered log writes are 4 KiB and more), so a line is written once it is whole, or
 * once MAX_PARTIAL_LINE of it is held (a child that never ends its line does not grow this
 * process); `null` (the stream ended) writes what is left.
 */
export function linePrefixer(prefix: string): (chunk: string | null) => string {
  let partial = '';
  const flush = () => {
    const rest = partial;
    partial = '';
    return rest ? `${prefix}${rest}\n` : '';
  };
  return (chunk) => {
    if (chunk === null) return flush();
    const end = chunk.lastIndexOf('\n') + 1;
    const whole = `${partial}${chunk.slice(0, end)}`;
    partial = end === 0 ? `${partial}${chunk}` : chunk.slice(end);
    const lines = end === 0 ? '' : whole.replace(/^(?=.)/gm, prefix);
    return partial.length > MAX_PARTIAL_LINE ? `${lines}${flush()}` : lines;
  };
}

/** Starts a Node script with the current Node binary. */
export function launch(options: LaunchOptions): ManagedProcess {
  const cwd = options.cwd ?? ROOT;
  const args = options.args ?? [];
  const child = options.ipc
    ? fork(options.script, args, { cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] })
    : spawn(process.execPath, [options.script, ...args], { cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  const prefix = `[${options.name}] `;
  let output = '';
  const maxKept = options.keepOutput === false ? 0 : MAX_KEPT_OUTPUT;
  const collect = (stream: NodeJS.ReadableStream | null, forward: NodeJS.WriteStream) => {
    const prefixLines = linePrefixer(prefix);
    stream?.on('data', (chunk: Buffer) => {
      if (log && !log.writableEnded) log.write(chunk);
      const text = chunk.toString();
      if (output.length < maxKept) output += text;
      if (options.prefixOutput) forward.write(prefixLines(text));
    });
    stream?.on('end', () => {
      if (options.prefixOutput) forward.write(prefixLines(null));
    });
  };
  collect(child.stdout, process.stdout);
  collect(child.stderr, process.stderr);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      // Output written just before the exit may still be in the pipes: wait until they close,
      // but not for long, since a grandchild that inherited them could hold them open.
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        log?.end();
        resolve(code);
      };
      const timer = setTimeout(finish, 1000);
      child.once('close', () => {
        clearTimeout(timer);
        finish();
      });
    }),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    name: options.name,
    child,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM', graceMs = 15_000) {
      if (running()) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
}

export interface ServiceOptions extends LaunchOptions {
  /** The port the service listens on; readiness is its `/ready`. */
  port: number;
  host?: string;
  readyTimeoutMs?: number;
}

export interface ManagedService extends ManagedProcess {
  port: number;
  /** Its GraphQL endpoint. */
  url: string;
}

/**
 * Starts a service of the product (a subgraph, the gateway) and waits until its `/ready`
 * answers 200. When it exits or times out first, stops it and throws with its output.
 */
export async function startService(options: ServiceOptions): Promise<ManagedService> {
  const host = options.host ?? '127.0.0.1';
  const managed = launch(options);
  try {
    await waitUntil(options.name, httpOk(readyUrl(options.port, host)), {
      timeoutMs: options.readyTimeoutMs ?? 90_000,
      process: managed.child,
    });
  } catch (error) {
    await managed.stop();
    throw new Error(`${(error as Error).message}\n${managed.output()}`);
  }
  return { ...managed, port: options.port, url: `http://${host}:${options.port}/graphql` };
}

/** Runs a Node script to completion; throws when it exits non-zero. */
export async function runToCompletion(options: LaunchOptions): Promise<string> {
  const managed = launch(options);
  const code = await managed.exited;
  if (code !== 0) throw new Error(`${options.name} exited with code ${code}\n${options.prefixOutput ? '' : managed.output()}`);
  return managed.output();
}
