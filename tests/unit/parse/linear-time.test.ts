// Linear time on any input (issue 9): each parse step gets through a megabyte of hostile text well
// within budget, and still gives the answer it gives on short text.
import { describe, test } from "vitest";
import { findBoilerplate, matchBoilerplate } from "../../../src/parse/boilerplate-rules.ts";
import { parseClosingByline, parseTopByline } from "../../../src/parse/parse-byline.ts";
import { parseDateLine } from "../../../src/parse/parse-date-line.ts";
import { parseDateline } from "../../../src/parse/parse-dateline.ts";
import { parseReport } from "../../../src/parse/parse-report.ts";
import { splitParagraphs, WRAP_WIDTH } from "../../../src/parse/split-paragraphs.ts";
import type { SourceFile } from "../../../src/types.ts";
import { copiesFor, repeatedReport, STORY_PARAGRAPHS } from "../../helpers/repeated-report.ts";
import { expectWithinBudget, MB } from "../../helpers/time-budget.ts";

const SPACES = " ".repeat(MB);
const OCT_21_445 = { year: 2017, month: 10, day: 21, hour: 4, minute: 45 };
const LONG_LINE = "x".repeat(WRAP_WIDTH + 1);
/** 59 characters of wire copy, wrapped at a column. */
const WRAPPED = "wire copy ".repeat(6).slice(0, 59);

/** A plain-text report file holding `text`. */
function file(text: string): SourceFile {
  return { id: "hostile", path: "content/reports/hostile.txt", format: "text", text };
}

/** Paragraphs as [line, length] pairs: enough to check the split without megabyte diffs. */
function shape(body: string): [number, number][] {
  return splitParagraphs(body, 1, "text").map((p) => [p.line, p.text.length]);
}

/** A whole report through parseReport: its headline, paragraph count and problems. */
function parsed(report: SourceFile): [string | undefined, number | undefined, string[]] {
  const { record, diagnostics } = parseReport(report, { defaultZone: "America/Edmonton" });
  return [record?.headline, record?.paragraphs.length, diagnostics.map((d) => d.rule)];
}

const COPIES = copiesFor(MB);
const HEADLINE = "Syria troops capture central town recently taken by IS";
const TOP = `${HEADLINE}\n\nOct 21, 2017 | 4:45 AM\n\nBEIRUT — `;

describe("parse steps take linear time", () => {
  test.each<[string, () => unknown, unknown]>([
    // Joining tested the whole growing paragraph for a broken compound: 100,000 lines took 11 s.
    // Lines of a column's width (60 characters): short lines of unlike lengths are a list, not wrapped text.
    ["16,666 hard-wrapped lines", () => shape(`${WRAPPED}\n`.repeat(16_666)), [[1, 16_666 * 60 - 1]]],
    ["16,666 hard-wrapped lines broken at a hyphen", () => shape(`${WRAPPED.slice(0, 51)}Iranian-\n`.repeat(16_666)), [[1, 16_666 * 59]]],
    // One long line keeps every line its own paragraph: 333,334 of them overflowed push(...).
    ["333,333 short lines after a long one", () => shape(`${LONG_LINE}\n${"ab\n".repeat(333_333)}`).length, 333_334],
    ["a 1 MB single-line paragraph", () => shape("word ".repeat(MB / 5)), [[1, MB - 1]]],
    ["Copyright + 1 MB of spaces", () => matchBoilerplate(`Copyright${SPACES}`), null],
    ["Copyright + 1 MB of spaces + a trailer", () => matchBoilerplate(`Copyright${SPACES}2017 AP. All rights reserved.`), "copyright"],
    ["2,500 paragraphs of Copyright + 390 spaces", () => findBoilerplate(Array(2_500).fill(`Copyright${" ".repeat(390)}x`)).filter(Boolean), []],
    ["follow + 1 MB of names", () => matchBoilerplate(`Follow ${"Zeina Karam ".repeat(MB / 12)}on Twitter`), null],
    // A date line followed by 100,000 spaces took 84 s: \s* runs on both sides of an optional part.
    ["a date line + 1 MB of spaces + a zone", () => parseDateLine(`Oct 21, 2017 | 4:45 AM${SPACES}EDT`), { ...OCT_21_445, zoneName: "EDT" }],
    ["a date line + 1 MB of spaces + text", () => parseDateLine(`Oct 21, 2017 | 4:45 AM${SPACES}x`), null],
    ["a date line + 1 MB of '| updated'", () => parseDateLine(`Oct 21, 2017${" | updated".repeat(MB / 10)}\nx`), null],
    // A dateline is read from the paragraph's first 120 characters: a 1 MB place is no place.
    ["1 MB of dateline-like capitals", () => parseDateline(`${"A".repeat(MB)} — Text.`), null],
    ["1 MB of capitalised words with no dash", () => parseDateline("BEIRUT ".repeat(MB / 7)), null],
    // Stripping the dash tried /[\s—–:-]+$/ at every hyphen of the place, each time to its end.
    ["a place of 1 MB of hyphens", () => parseDateline(`A${"-".repeat(MB)}A — Text.`), null],
    ["a place of 100 hyphens", () => parseDateline(`A${"-".repeat(100)}A — Text.`)?.rest, "Text."],
    ["By + 1 MB of a repeated name", () => parseTopByline(`By ${"Bassem Mroue and ".repeat(MB / 17)}Zeina Karam`), null],
    ["By + one 1 MB name", () => parseTopByline(`By A${"a".repeat(MB)}`)?.names.length, MB + 1],
    ["a 1 MB sign-off", () => parseClosingByline(`${"Bassem Mroue and ".repeat(MB / 17)}Zeina Karam, The Associated Press`), null],
    ["a 1 MB credit line", () => parseClosingByline(`(Reporting by Ellen Francis${" in Beirut".repeat(MB / 10)})`), { names: "Ellen Francis", organization: null }],
    ["a real report repeated to 1 MB, plain text", () => parsed(repeatedReport(COPIES, "text")), [HEADLINE, 1 + COPIES * STORY_PARAGRAPHS, []]],
    ["a real report repeated to 1 MB, markdown", () => parsed(repeatedReport(COPIES, "markdown")), [HEADLINE, 1 + COPIES * STORY_PARAGRAPHS, []]],
    ["a report of 16,666 hard-wrapped lines", () => parsed(file(`${TOP}${`${WRAPPED}\n`.repeat(16_666)}`)), [HEADLINE, 1, []]],
    ["a report whose date line has 1 MB of spaces before its zone", () => parsed(file(`${HEADLINE}\n\nOct 21, 2017 | 4:45 AM${SPACES}EDT\n\nText.`)), [HEADLINE, 1, []]],
    ["a report closed by a copyright line with 1 MB of spaces", () => parsed(file(`${TOP}Text.\n\nCopyright${SPACES}2017 AP. All rights reserved.`)), [HEADLINE, 1, []]],
  ])("%s", (_name, work, expected) => expectWithinBudget(work, expected));
});
