// Linear time on any input (issue 9): each parse step's cost grows in step with hostile text, and it
// still gives the answer it gives on short text. Each case runs at two sizes ten times apart and
// compares the two costs (tests/helpers/scaling.ts).
import { describe, test } from "vitest";
import { findBoilerplate, matchBoilerplate } from "../../../src/parse/boilerplate-rules.ts";
import { parseClosingByline, parseTopByline } from "../../../src/parse/parse-byline.ts";
import { parseDateLine } from "../../../src/parse/parse-date-line.ts";
import { parseDateline } from "../../../src/parse/parse-dateline.ts";
import { parseReport } from "../../../src/parse/parse-report.ts";
import { splitParagraphs, WRAP_WIDTH } from "../../../src/parse/split-paragraphs.ts";
import type { SourceFile } from "../../../src/types.ts";
import { copiesFor, repeatedReport, STORY_PARAGRAPHS } from "../../helpers/repeated-report.ts";
import { expectLinear, KB, type ScalingCase } from "../../helpers/scaling.ts";

/** The large size of the cases measured in characters. */
const SIZE = 50 * KB;
/**
 * Hard-wrapped lines (60 characters each) for the join. Testing the growing paragraph again, in
 * today's splitParagraphs, costs 60x as much for 10x the lines at 5,000 lines, but only 11x at 850,
 * where the checks each line gets (a dateline? a byline? boilerplate?) outweigh it.
 */
const JOINED_LINES = 5_000;
/** Hard-wrapped lines in about SIZE of text. */
const LINES = 850;
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

/** Copies of the report in its large size: about SIZE, a multiple of ten so the small size is a tenth. */
const COPIES = 10 * copiesFor(SIZE / 10);
const HEADLINE = "Syria troops capture central town recently taken by IS";
const TOP = `${HEADLINE}\n\nOct 21, 2017 | 4:45 AM\n\nBEIRUT — `;

describe("parse steps take linear time", () => {
  test.each<ScalingCase>([
    // Joining tested the whole growing paragraph for a broken compound: 100,000 lines took 11 s.
    // Lines of a column's width (60 characters): short lines of unlike lengths are a list, not wrapped text.
    ["hard-wrapped lines", JOINED_LINES, (n) => shape(`${WRAPPED}\n`.repeat(n)), (n) => [[1, n * 60 - 1]]],
    ["hard-wrapped lines broken at a hyphen", JOINED_LINES, (n) => shape(`${WRAPPED.slice(0, 51)}Iranian-\n`.repeat(n)), (n) => [[1, n * 59]]],
    // One long line keeps every line its own paragraph: 333,334 of them overflowed push(...) (150,000 do).
    ["short lines after a long one", 200_000, (n) => shape(`${LONG_LINE}\n${"ab\n".repeat(n)}`).length, (n) => n + 1],
    ["a single-line paragraph", SIZE, (n) => shape("word ".repeat(n / 5)), (n) => [[1, n - 1]]],
    ["Copyright + a run of spaces", SIZE, (n) => matchBoilerplate(`Copyright${" ".repeat(n)}`), () => null],
    ["Copyright + a run of spaces + a trailer", SIZE, (n) => matchBoilerplate(`Copyright${" ".repeat(n)}2017 AP. All rights reserved.`), () => "copyright"],
    // Each paragraph cost the square of its run of spaces, times 60: 2,500 of them with 390 spaces
    // took 11 s. The run grows here, not the number of paragraphs (the cost was linear in that).
    ["2,500 paragraphs of Copyright + a run of spaces", 390, (n) => findBoilerplate(Array(2_500).fill(`Copyright${" ".repeat(n)}x`)).filter(Boolean), () => []],
    ["follow + many names", SIZE, (n) => matchBoilerplate(`Follow ${"Zeina Karam ".repeat(n / 12)}on Twitter`), () => null],
    // A date line followed by 100,000 spaces took 84 s: \s* runs on both sides of an optional part.
    ["a date line + a run of spaces + a zone", SIZE, (n) => parseDateLine(`Oct 21, 2017 | 4:45 AM${" ".repeat(n)}EDT`), () => ({ ...OCT_21_445, zoneName: "EDT" })],
    ["a date line + a run of spaces + text", SIZE, (n) => parseDateLine(`Oct 21, 2017 | 4:45 AM${" ".repeat(n)}x`), () => null],
    ["a date line + many '| updated'", SIZE, (n) => parseDateLine(`Oct 21, 2017${" | updated".repeat(n / 10)}\nx`), () => null],
    // A dateline is read from the paragraph's first 120 characters: a long place is no place.
    ["dateline-like capitals", SIZE, (n) => parseDateline(`${"A".repeat(n)} — Text.`), () => null],
    ["capitalised words with no dash", SIZE, (n) => parseDateline("BEIRUT ".repeat(n / 7)), () => null],
    // Stripping the dash tried /[\s—–:-]+$/ at every hyphen of the place, each time to its end.
    ["a place of many hyphens", SIZE, (n) => parseDateline(`A${"-".repeat(n)}A — Text.`), () => null],
    ["a place of 100 hyphens", 100, (n) => parseDateline(`A${"-".repeat(n)}A — Text.`)?.rest, () => "Text."],
    ["By + a repeated name", SIZE, (n) => parseTopByline(`By ${"Bassem Mroue and ".repeat(n / 17)}Zeina Karam`), () => null],
    ["By + one long name", SIZE, (n) => parseTopByline(`By A${"a".repeat(n)}`)?.names.length, (n) => n + 1],
    ["a long sign-off", SIZE, (n) => parseClosingByline(`${"Bassem Mroue and ".repeat(n / 17)}Zeina Karam, The Associated Press`), () => null],
    ["a long credit line", SIZE, (n) => parseClosingByline(`(Reporting by Ellen Francis${" in Beirut".repeat(n / 10)})`), () => ({ names: "Ellen Francis", organization: null })],
    ["a real report repeated, plain text", COPIES, (n) => parsed(repeatedReport(n, "text")), (n) => [HEADLINE, 1 + n * STORY_PARAGRAPHS, []]],
    ["a real report repeated, markdown", COPIES, (n) => parsed(repeatedReport(n, "markdown")), (n) => [HEADLINE, 1 + n * STORY_PARAGRAPHS, []]],
    ["a report of hard-wrapped lines", LINES, (n) => parsed(file(`${TOP}${`${WRAPPED}\n`.repeat(n)}`)), () => [HEADLINE, 1, []]],
    ["a report whose date line has a run of spaces before its zone", SIZE, (n) => parsed(file(`${HEADLINE}\n\nOct 21, 2017 | 4:45 AM${" ".repeat(n)}EDT\n\nText.`)), () => [HEADLINE, 1, []]],
    ["a report closed by a copyright line with a run of spaces", SIZE, (n) => parsed(file(`${TOP}Text.\n\nCopyright${" ".repeat(n)}2017 AP. All rights reserved.`)), () => [HEADLINE, 1, []]],
  ])("%s", (_name, size, work, expected) => expectLinear(size, work, expected));
});
