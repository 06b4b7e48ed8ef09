import type { ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { LOCALHOST } from './ports.js';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface WaitOptions {
  timeoutMs?: number;
  /** Gives up at once when this process exits: it will never become ready. */
  process?: ChildProcess;
  /** Gives up at once when this returns true (e.g. the launcher is shutting down). */
  cancelled?: () => boolean;
}

/** Polls `check` until it holds; throws, naming `what`, on timeout or when the process exits. */
export async function waitUntil(what: string, check: () => Promise<boolean>, options: WaitOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  const child = options.process;
  while (Date.now() < deadline) {
    if (options.cancelled?.()) throw new Error(`stopped while waiting for ${what}`);
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    }
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
}

/**
 * True when the URL answers 2xx within two seconds. node:http rather than fetch: fetch loads
 * undici, ~18 MiB of resident memory the long-lived launcher would keep.
 */
export const httpOk = (url: string) => () =>
  new Promise<boolean>((resolve) => {
    const request = get(url, { timeout: 2000 }, (response) => {
      response.resume();
      const status = response.statusCode ?? 0;
      resolve(status >= 200 && status < 300);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });

/** The readiness endpoint every service of the product serves: 200 once its dependencies answer. */
export const readyUrl = (port: number, host = LOCALHOST) => `http://${host}:${port}/ready`;
