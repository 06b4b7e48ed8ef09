import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getHeapStatistics } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { reduceHeapMemory, releaseMemoryWhenCpuIdle, releaseMemoryWhenIdle } from '../src/idle-memory.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let server: Server | undefined;

afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

/** A server whose answers wait until `release` is called, with the idle release watching it. */
async function serverWithIdleRelease(growthBytes: number) {
  let collections = 0;
  const waiting: (() => void)[] = [];
  server = createServer((_req, res) => waiting.push(() => res.end('ok')));
  releaseMemoryWhenIdle(server, { idleMs: 50, growthBytes, collect: () => collections++ });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const send = () =>
    new Promise<void>((resolve) => {
      request({ port, host: '127.0.0.1' }, (res) => res.resume().on('end', resolve)).end();
    });
  const inFlight = async () => {
    while (waiting.length === 0) await sleep(5);
  };
  return {
    collections: () => collections,
    send,
    inFlight,
    release: () => {
      for (const answer of waiting.splice(0)) answer();
    },
  };
}

describe('releaseMemoryWhenIdle', () => {
  it('collects once the server is idle, not while a request is in flight', async () => {
    const stub = await serverWithIdleRelease(0);
    const answered = stub.send();
    await stub.inFlight();
    const whenTheRequestArrived = stub.collections();
    await sleep(300);
    expect(stub.collections()).toBe(whenTheRequestArrived);
    stub.release();
    await answered;
    await sleep(300);
    expect(stub.collections()).toBeGreaterThan(whenTheRequestArrived);
  });

  it('does not collect when the heap has not grown by the threshold', async () => {
    const stub = await serverWithIdleRelease(Number.MAX_SAFE_INTEGER);
    await sleep(300);
    expect(stub.collections()).toBe(0);
  });
});

describe('releaseMemoryWhenCpuIdle', () => {
  it('collects while the process is idle, not while it keeps a core busy', async () => {
    let collections = 0;
    const stop = releaseMemoryWhenCpuIdle({ idleMs: 200, growthBytes: 0, collect: () => collections++ });
    try {
      await sleep(400);
      const beforeBusy = collections;
      const busyFrom = Date.now();
      let onceTheWindowWasBusy: number | undefined;
      while (Date.now() < busyFrom + 700) {
        const slice = Date.now() + 20;
        while (Date.now() < slice) {}
        await new Promise((resolve) => setImmediate(resolve));
        if (onceTheWindowWasBusy === undefined && Date.now() > busyFrom + 300) onceTheWindowWasBusy = collections;
      }
      expect(beforeBusy).toBeGreaterThan(0);
      expect(collections).toBe(onceTheWindowWasBusy);
      const whenBusyEnded = collections;
      await sleep(600);
      expect(collections).toBeGreaterThan(whenBusyEnded);
    } finally {
      stop();
    }
  });
});

describe('reduceHeapMemory', () => {
  it('frees unreachable objects without exposing gc globally', () => {
    let garbage: number[][] | undefined = Array.from({ length: 2000 }, () => Array.from({ length: 1000 }, (_, i) => i));
    const before = getHeapStatistics().used_heap_size;
    garbage = undefined;
    reduceHeapMemory();
    expect(garbage).toBeUndefined();
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before);
    expect('gc' in globalThis && typeof (globalThis as { gc?: unknown }).gc === 'function').toBe(false);
  });
});
