// readFrontMatter: the known fields as trimmed text, and a problem on its line for every unknown or mistyped field.
import { describe, expect, test } from "vitest";
import { FRONT_MATTER_FIELDS, readFrontMatter, type FrontMatter } from "../../../src/parse/read-front-matter.ts";
import type { SplitReport } from "../../../src/parse/split-front-matter.ts";

const FILE = "content/reports/r.md";
const KNOWN = "Known fields: headline, date, timezone, dateline, byline, source, slug, canonical, draft, embargo, updated, corrections, withdrawn, redirect_from, entities.";

/** Fields as the YAML parser returned them, each on the next line after the opening fence. */
function split(data: Record<string, unknown>): SplitReport {
  const fieldLines = new Map(Object.keys(data).map((key, i) => [key, i + 2]));
  return { data, fieldLines, frontMatterLine: 1, body: "", bodyStartLine: Object.keys(data).length + 3 };
}

describe("readFrontMatter", () => {
  test("knows these fields", () => {
    expect(FRONT_MATTER_FIELDS).toEqual(["headline", "date", "timezone", "dateline", "byline", "source", "slug", "canonical", "draft", "embargo", "updated", "corrections", "withdrawn", "redirect_from", "entities"]);
  });

  test.each<[Record<string, unknown>, FrontMatter]>([
    [{}, {}],
    [{ headline: "Troops retake town", date: "2016-04-03" }, { headline: "Troops retake town", date: "2016-04-03" }],
    [{ headline: "  Padded headline  " }, { headline: "Padded headline" }],
    [{ headline: 1984 }, { headline: "1984" }],
    [{ canonical: true }, { canonical: true }],
    [{ draft: true, embargo: "2017-10-21T06:00:00-04:00" }, { draft: true, embargo: "2017-10-21T06:00:00-04:00" }],
    [{ date: "2017-10-21T04:45:00-06:00", timezone: "America/Edmonton" }, { date: "2017-10-21T04:45:00-06:00", timezone: "America/Edmonton" }],
    [
      { dateline: "DAMASCUS, Syria", byline: "Zeina Karam", source: "AP", slug: "town-retaken" },
      { dateline: "DAMASCUS, Syria", byline: "Zeina Karam", source: "AP", slug: "town-retaken" },
    ],
  ])("reads %j", (data, expected) => {
    expect(readFrontMatter(FILE, split(data))).toEqual({ value: expected, diagnostics: [] });
  });

  test.each<[Record<string, unknown>, FrontMatter, { line: number; rule: string; message: string; hint: string }[]]>([
    [
      { hedline: "Troops retake town", date: "2017-10-21" },
      { date: "2017-10-21" },
      [{ line: 2, rule: "front-matter-unknown-field", message: 'unknown front matter field "hedline".', hint: `Did you mean "headline"? ${KNOWN}` }],
    ],
    [
      { headline: "Troops retake town", author: "Zeina Karam" },
      { headline: "Troops retake town" },
      [{ line: 3, rule: "front-matter-unknown-field", message: 'unknown front matter field "author".', hint: KNOWN }],
    ],
    [
      { headline: { nested: true }, date: "2017-10-21" },
      { date: "2017-10-21" },
      [
        {
          line: 2,
          rule: "front-matter-type",
          message: 'front matter field "headline" is "{\\"nested\\":true}", not a line of text.',
          hint: "Write headline as a line of text.",
        },
      ],
    ],
    [
      { headline: "Troops retake town", date: true },
      { headline: "Troops retake town" },
      [
        {
          line: 3,
          rule: "front-matter-type",
          message: 'front matter field "date" is "true", not a date such as 2017-10-21.',
          hint: "Write date as a date such as 2017-10-21.",
        },
      ],
    ],
    [
      { date: null },
      {},
      [
        {
          line: 2,
          rule: "front-matter-type",
          message: 'front matter field "date" is "null", not a date such as 2017-10-21.',
          hint: "Write date as a date such as 2017-10-21.",
        },
      ],
    ],
  ])("reports a problem in %j", (data, value, problems) => {
    const result = readFrontMatter(FILE, split(data));
    // Valid fields are kept so that later checks still run.
    expect(result.value).toEqual(value);
    expect(result.diagnostics).toEqual(problems.map((p) => ({ file: FILE, severity: "error", ...p })));
  });
});
