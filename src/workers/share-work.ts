// Share a stream of work between this thread and a pool's workers, in batches: the workers always
// have batches waiting, and between handing them out this thread does a batch itself. The input is
// pulled as it goes, so only the batches in flight are ever held.
import type { Task } from "./shard-tasks.ts";
import type { WorkerPool } from "./worker-pool.ts";

export interface ShareOptions<T, R> {
  /** Items per batch: enough to make a message worth its copying. */
  batch: number;
  /** An item's size (about its bytes), where items vary widely: a batch is closed once it reaches MAX_BATCH_BYTES. */
  bytes?(item: T): number;
  /** The task that does a batch on a worker. */
  task(batch: T[]): Task;
  /** The same work, done on this thread. */
  here(batch: T[]): R | Promise<R>;
}

/** Batches waiting at each worker, so it never runs dry while this thread is busy. */
const QUEUED = 2;

/**
 * Every batch is copied into the worker and held on both sides until it is done: a hundred API
 * files of 3 MB each in one batch would take 600 MB. A single larger item still makes a batch.
 */
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/** Every batch's result, in the order of the input. */
export async function shareWork<T, R>(items: Iterable<T>, pool: WorkerPool, options: ShareOptions<T, R>): Promise<R[]> {
  const source = items[Symbol.iterator]();
  let exhausted = false;
  const take = () => {
    const batch: T[] = [];
    let bytes = 0;
    while (!exhausted && batch.length < options.batch && bytes < MAX_BATCH_BYTES) {
      const next = source.next();
      if (next.done) exhausted = true;
      else {
        batch.push(next.value);
        bytes += options.bytes?.(next.value) ?? 0;
      }
    }
    return batch;
  };
  const results: Promise<R>[] = [];
  const waiting = new Set<Promise<R>>();
  while (!exhausted) {
    // Let finished batches report (their messages arrive between tasks), then send more.
    await new Promise((resolve) => setImmediate(resolve));
    while (!exhausted && waiting.size < pool.size * QUEUED) {
      const batch = take();
      if (batch.length === 0) break;
      const sent = pool.run<R>(results.length, options.task(batch));
      results.push(sent);
      waiting.add(sent);
      const settle = () => void waiting.delete(sent);
      sent.then(settle, settle);
    }
    const own = take();
    if (own.length > 0) results.push(Promise.resolve(await options.here(own)));
  }
  return Promise.all(results);
}
