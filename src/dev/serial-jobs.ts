// One job at a time, in the background: the dev server's work after a build (the rest of the site
// after a quick edit, then search) must not run twice at once over the same folder.

export interface SerialJobs {
  /** Run `job` now, or after the running one; a job asked for while one waits replaces it. */
  run(job: () => Promise<void>): void;
  /** Resolves once no job runs or waits. */
  idle(): Promise<void>;
}

/** `report` is told of a job's error; the jobs after it still run. */
export function serialJobs(report: (error: Error) => void): SerialJobs {
  let running: Promise<void> | null = null;
  let waiting: (() => Promise<void>) | null = null;
  const start = (job: () => Promise<void>) => {
    running = job()
      .catch((error: unknown) => report(error as Error))
      .finally(() => {
        running = null;
        const next = waiting;
        waiting = null;
        if (next) start(next);
      });
  };
  return {
    run(job) {
      if (running) waiting = job;
      else start(job);
    },
    async idle() {
      while (running) await running;
    },
  };
}
