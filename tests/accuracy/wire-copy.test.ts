// Issue 11's evaluation: the parser and linker on 40 reports written in the structures real copy
// arrives in (tests/fixtures/wire-copy/README.md). Prints the figures; fails below the floors.
import path from "node:path";
import { expect, test } from "vitest";
import { evaluateWireCopy, HEADER_FIELDS, report, summarize } from "./wire-copy-evaluation.ts";

const scores = evaluateWireCopy();
const summary = summarize(scores);

test("the figures (printed for the record)", () => {
  console.log(report(scores));
  expect(summary.reports).toBeGreaterThanOrEqual(30);
});

test("header fields: at least 95% right over all, and for each field", () => {
  expect(summary.headerAccuracy).toBeGreaterThanOrEqual(0.95);
  for (const field of HEADER_FIELDS) expect.soft(summary.fieldAccuracy[field], field).toBeGreaterThanOrEqual(0.95);
});

test("every class of copy has a fixture, and its header fields are mostly right", () => {
  expect(summary.byClass.length).toBeGreaterThanOrEqual(45);
  for (const [name, { headerAccuracy }] of summary.byClass) expect.soft(headerAccuracy, name).toBeGreaterThanOrEqual(0.85);
});

test("noise lines are set aside", () => {
  expect(summary.noiseRemoved).toBeGreaterThanOrEqual(0.98);
});

test("entity mentions: precision at least 0.98, recall at least 0.95", () => {
  expect(summary.precision).toBeGreaterThanOrEqual(0.98);
  expect(summary.recall).toBeGreaterThanOrEqual(0.95);
});

test("copies of one story republished by two sites are found, and nothing else is", () => {
  expect(summary.copies.expected).toBeGreaterThanOrEqual(4);
  expect(summary.copies.found).toBe(summary.copies.expected);
  expect(summary.copies.wrong).toBe(0);
});

// A second set, written apart from the parser's code after it was tuned on the first: how far the
// rules carry to sites and layouts they were not made for. Measured before any rule was changed
// for it: header fields 55.1%, noise 81.8%, precision 0.772, recall 0.553. A second round of
// general rules (date labels, slashed and TASS datelines, credits, tags) was then made with its
// misses in view, so it is no longer held out: a fresh set would be. Floors, not targets.
test("the held-out set (tests/fixtures/wire-copy-holdout/)", () => {
  const holdout = evaluateWireCopy(path.resolve("tests/fixtures/wire-copy-holdout"));
  const figures = summarize(holdout);
  console.log(report(holdout));
  expect(figures.reports).toBe(14);
  expect(figures.headerAccuracy).toBeGreaterThanOrEqual(0.79);
  expect(figures.precision).toBeGreaterThanOrEqual(0.91);
  expect(figures.recall).toBeGreaterThanOrEqual(0.91);
});
