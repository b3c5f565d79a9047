// A build's worker threads: the second core parses, links and renders beside the main thread.
// Each task is a message; results come back in the order the tasks were sent to each worker.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Task } from "./shard-tasks.ts";

const ENTRY = new URL("./worker-entry.mjs", import.meta.url);

export interface WorkerPool {
  size: number;
  /** Run a task on worker `index % size`. */
  run<T>(index: number, task: Task): Promise<T>;
  close(): Promise<void>;
}

/** Workers beside the main thread: one fewer than the cores (none on one core). */
export function defaultWorkerCount(): number {
  return Math.max(0, availableParallelism() - 1);
}

/**
 * A worker holds one batch at a time and nothing between batches, but V8 sizes a thread's heap
 * from the machine's memory (4 GiB here) and lets garbage pile up to hundreds of MB before it
 * collects. A smaller ceiling makes it collect sooner: the build's memory stays bounded.
 */
const WORKER_HEAP_MB = 512;

export function createWorkerPool(size: number): WorkerPool {
  const workers = Array.from({ length: size }, () => new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }));
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  for (const worker of workers) {
    worker.on("message", ({ id, result, error }: { id: number; result?: unknown; error?: { message: string; code?: string; stack?: string } }) => {
      const waiting = pending.get(id)!;
      pending.delete(id);
      if (error) waiting.reject(Object.assign(new Error(error.message), { code: error.code, stack: error.stack }));
      else waiting.resolve(result as never);
    });
    worker.on("error", (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  }
  return {
    size,
    run<T>(index: number, task: Task): Promise<T> {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: never) => void, reject });
        workers[index % size]!.postMessage({ id, task });
      });
    },
    // Idempotent: the build closes the pool as soon as rendering is done (freeing the workers'
    // memory before search), and again in `finally` should anything fail earlier.
    async close() {
      await Promise.all(workers.splice(0).map((w) => w.terminate()));
    },
  };
}
