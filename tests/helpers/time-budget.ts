// A wall-clock budget for the linear-time tests: generous enough for a busy shared machine, far below
// what a quadratic or backtracking pass takes on a megabyte (minutes to forever).

/** What one megabyte of adversarial input may take; a linear pass takes a few tens of milliseconds. */
export const BUDGET_MS = 1000;

export const MB = 1_000_000;

/** Run `work` once and say how long it took, with its result for the test to check. */
export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}
