// A wall-clock budget for the linear-time tests: generous enough for a busy shared machine, far below
// what a quadratic or backtracking pass takes on a megabyte (seconds to forever).
import { expect } from "vitest";

/** What one megabyte of adversarial input may take; a linear pass takes tens of milliseconds. */
export const BUDGET_MS = 1000;

export const MB = 1_000_000;

/** Run `work` once and say how long it took, with its result for the test to check. */
export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/** `work` gives `expected` (so a budget test cannot pass by doing nothing) and finishes within budget. */
export function expectWithinBudget(work: () => unknown, expected: unknown): void {
  const { value, ms } = timed(work);
  expect(value).toEqual(expected);
  expect(ms).toBeLessThan(BUDGET_MS);
}
