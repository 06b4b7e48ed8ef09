import { describe, expect, it } from 'vitest';
import { admission, AtCapacityError } from '../src/admission.js';

/** A task that runs until `release` is called. */
function held() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { task: () => done, release };
}

describe('admission', () => {
  it('runs at most `concurrency` operations at once, the rest waiting in arrival order', async () => {
    const gate = admission({ concurrency: 2, queue: 10 });
    const tasks = Array.from({ length: 5 }, held);
    const order: number[] = [];
    const runs = tasks.map((t, i) =>
      gate.run(async () => {
        order.push(i);
        return t.task();
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect([gate.running, gate.waiting]).toEqual([2, 3]);
    expect(order).toEqual([0, 1]);
    tasks[1]!.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([0, 1, 2]);
    expect([gate.running, gate.waiting]).toEqual([2, 2]);
    for (const t of tasks) t.release();
    await Promise.all(runs);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('refuses at once when every slot and the whole queue are taken, and admits again once one ends', async () => {
    const gate = admission({ concurrency: 1, queue: 1 });
    const [a, b] = [held(), held()];
    const first = gate.run(a.task);
    const second = gate.run(b.task);
    await expect(gate.run(async () => 'never')).rejects.toBeInstanceOf(AtCapacityError);
    a.release();
    await first;
    const third = gate.run(async () => 'third');
    b.release();
    await second;
    await expect(third).resolves.toBe('third');
  });

  it('frees the slot of an operation that failed', async () => {
    const gate = admission({ concurrency: 1, queue: 0 });
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });
});
