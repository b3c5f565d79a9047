// Linear-time checks that a machine's speed cancels out of: the same adversarial input at two sizes,
// ten times apart, must cost about ten times as much (never an absolute time, which a busy machine breaks).
import { isMainThread } from "node:worker_threads";
import { expect } from "vitest";

export const KB = 1_000;
export const MB = 1_000_000;

/**
 * A table row: the case's name, its large size (in its own unit: characters, lines, copies), the work
 * at a size (building its input too, so each run has a fresh input no cache of an earlier run
 * serves) and what it gives at a size. A fixed cost belongs outside the work (a matcher built
 * once): as big as the part that grows, it hides a quadratic part until that is three times bigger.
 *
 * Large sizes of about 50 KB where that shows the regression a case guards: past 128 KB (64,000
 * two-byte characters) V8 gives each string or array pages of its own, whose page faults made copying
 * a string cost 1.2 ns a character instead of 0.2 (measured), so cheap work on two sizes either side
 * of that looks superlinear; and a megabyte no longer fits in the CPU's cache (a slug's 20x instead
 * of 10x, measured). Larger where the case's linear work would hide its quadratic regression.
 */
export type ScalingCase = [name: string, size: number, work: (size: number) => unknown, expected: (size: number) => unknown];

/** The large input is this many times the small one. */
const GROWTH = 10;
/**
 * How many times the small input's cost the large one's may be: linear work gives about 10 (less
 * where a fixed cost weighs), a quadratic pass about 100, a backtracking regex far more. Linear cases
 * measure at most about 18, idle or under load.
 */
export const MAX_RATIO = 30;
/**
 * Samples of each size per measurement, taken in turn (small, large, small, ...) so a slow spell of
 * the machine hits both: at least MIN_ROUNDS, and more, up to MAX_ROUNDS, while the ratio is above
 * SURE_RATIO. Stopping early only ever passes a case, and no disturbance brings a quadratic pass's
 * 100x under 20x.
 */
const MIN_ROUNDS = 2;
const MAX_ROUNDS = 6;
const SURE_RATIO = 20;
/** Measurements before a case fails: a disturbance passes on a later one, a true quadratic fails every time. */
const ATTEMPTS = 3;
/** Runs of the small size before measuring, so the JIT has compiled (and the regexes tiered up) what both sizes run. */
const WARM_UPS = 3;
/** A sample lasts at least this long (the work repeated): shorter ones are mostly the clock's grain. */
const MIN_SAMPLE_MS = 1;
const MAX_REPEATS = 1_000;

// process.cpuUsage() counts every thread of the process: in a worker thread (vitest's "threads" pool)
// that includes the other test files running beside this one.
if (!isMainThread) throw new Error("tests/helpers/scaling.ts measures the process's CPU time: run its tests in vitest's forks pool (the default).");

/**
 * CPU time this process has used, in milliseconds. Not wall-clock time: under load the scheduler
 * hands the CPU to other processes in the middle of a sample, and counting their time made the ratio
 * partly a measure of the load (up to 34x for linear work, measured); CPU time counts only this work.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** How long `work` at `size` takes `runs` times over, and the last run's result. */
function sample(work: (size: number) => unknown, size: number, runs: number): { ms: number; value: unknown } {
  let value: unknown;
  const start = cpuMs();
  for (let i = 0; i < runs; i++) value = work(size);
  return { ms: cpuMs() - start, value };
}

/**
 * The least time one run of each size took over interleaved rounds (the minimum is the least
 * disturbed by other processes). The small size runs GROWTH times as often as the large, so both
 * samples handle as much input: the garbage collector, whose pauses a minimum would otherwise leave
 * out of the small size only, runs as often in both (without this, up to 32x for linear work, measured).
 */
function measure(work: (size: number) => unknown, small: number, large: number, repeats: number) {
  let best = { small: Infinity, large: Infinity };
  const values: [unknown, unknown] = [undefined, undefined];
  for (let round = 0; round < MAX_ROUNDS && (round < MIN_ROUNDS || best.large / best.small > SURE_RATIO); round++) {
    const s = sample(work, small, repeats * GROWTH);
    const l = sample(work, large, repeats);
    best = { small: Math.min(best.small, s.ms / (repeats * GROWTH)), large: Math.min(best.large, l.ms / repeats) };
    values[0] = s.value;
    values[1] = l.value;
  }
  return { ratio: best.large / Math.max(best.small, 1e-6), ...best, values };
}

/**
 * `work(size)` gives `expected(size)` at `size` and at a tenth of it (so a scaling test cannot pass
 * by doing nothing), and one run at `size` costs at most MAX_RATIO times one at the tenth.
 */
export function expectLinear(size: number, work: (size: number) => unknown, expected: (size: number) => unknown): void {
  const small = Math.round(size / GROWTH);
  for (let i = 0; i < WARM_UPS; i++) work(small);
  const repeats = Math.min(MAX_REPEATS, Math.ceil(MIN_SAMPLE_MS / Math.max(GROWTH * sample(work, small, 1).ms, 1e-3)));
  const tries: string[] = [];
  let ratio = Infinity;
  let values: [unknown, unknown] = [undefined, undefined];
  for (let attempt = 0; attempt < ATTEMPTS && ratio > MAX_RATIO; attempt++) {
    const m = measure(work, small, size, repeats);
    ratio = m.ratio;
    values = m.values;
    tries.push(`${m.small.toFixed(3)} ms at ${small}, ${m.large.toFixed(3)} ms at ${size}: ${ratio.toFixed(1)}x`);
  }
  expect(values[0]).toEqual(expected(small));
  expect(values[1]).toEqual(expected(size));
  expect(ratio, `${GROWTH}x the input cost more than ${MAX_RATIO}x the CPU time (${tries.join("; ")})`).toBeLessThanOrEqual(MAX_RATIO);
}
