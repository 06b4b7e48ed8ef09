import pLimit from 'p-limit';

/** Every slot is taken and the queue is full: the caller should come back later. */
export class AtCapacityError extends Error {
  constructor(concurrency: number, queue: number) {
    super(`The service is at capacity (${concurrency} operations running, ${queue} waiting); retry shortly.`);
  }
}

export interface Admission {
  /** Runs `task` when a slot is free; rejects with {@link AtCapacityError} at once when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}

/**
 * At most `concurrency` operations run at once and at most `queue` wait, in arrival order. What an
 * operation holds while it runs (subgraph answers, the result being built) then grows with this
 * bound, not with how many clients are connected; a waiting one holds only its socket.
 */
export function admission(options: { concurrency: number; queue: number }): Admission {
  const limit = pLimit(options.concurrency);
  let admitted = 0;
  return {
    run(task) {
      if (admitted >= options.concurrency + options.queue) return Promise.reject(new AtCapacityError(options.concurrency, options.queue));
      admitted++;
      return limit(task).finally(() => admitted--);
    },
    get running() {
      return limit.activeCount;
    },
    get waiting() {
      return limit.pendingCount;
    },
  };
}
