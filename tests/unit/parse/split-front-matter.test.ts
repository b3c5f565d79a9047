// splitFrontMatter: YAML front matter apart from the body, each field's line, and where the body starts.
import { describe, expect, test } from "vitest";
import { splitFrontMatter, type SplitReport } from "../../../src/parse/split-front-matter.ts";
import type { SourceFile } from "../../../src/types.ts";

const file = (text: string): SourceFile => ({ path: "content/reports/r.md", id: "r", format: "markdown", text });

describe("splitFrontMatter", () => {
  test.each<[string, string, SplitReport]>([
    [
      "no front matter",
      "Headline\n\nBody.",
      { data: {}, fieldLines: {}, frontMatterLine: 1, body: "Headline\n\nBody.", bodyStartLine: 1 },
    ],
    [
      "fields and their lines",
      "---\nheadline: Troops retake town\ndate: 2016-04-03\n---\nBody.\n",
      {
        data: { headline: "Troops retake town", date: "2016-04-03" },
        fieldLines: { headline: 2, date: 3 },
        frontMatterLine: 1,
        body: "Body.\n",
        bodyStartLine: 5,
      },
    ],
    [
      "comment lines count",
      "---\n# The date line is local time.\ntimezone: America/Edmonton\n---\nBody.",
      { data: { timezone: "America/Edmonton" }, fieldLines: { timezone: 3 }, frontMatterLine: 1, body: "Body.", bodyStartLine: 5 },
    ],
    [
      "a date with a time stays text",
      "---\ndate: 2017-10-21T04:45:00-06:00\n---\nBody.",
      { data: { date: "2017-10-21T04:45:00-06:00" }, fieldLines: { date: 2 }, frontMatterLine: 1, body: "Body.", bodyStartLine: 4 },
    ],
    [
      "a number stays a number here",
      "---\nheadline: 1984\n---\nBody.",
      { data: { headline: 1984 }, fieldLines: { headline: 2 }, frontMatterLine: 1, body: "Body.", bodyStartLine: 4 },
    ],
    [
      "nested values: only top-level fields get lines",
      "---\nheadline:\n  nested: true\ndate: 2017-10-21\n---\nBody.",
      {
        data: { headline: { nested: true }, date: "2017-10-21" },
        fieldLines: { headline: 2, date: 4 },
        frontMatterLine: 1,
        body: "Body.",
        bodyStartLine: 6,
      },
    ],
    ["empty front matter", "---\n---\nBody.", { data: {}, fieldLines: {}, frontMatterLine: 1, body: "Body.", bodyStartLine: 3 }],
    [
      "blank lines after the fence belong to the body",
      "---\nheadline: x\n---\n\n\nBody.",
      { data: { headline: "x" }, fieldLines: { headline: 2 }, frontMatterLine: 1, body: "\n\nBody.", bodyStartLine: 4 },
    ],
    [
      "a fence that is not on line 1 is body text",
      "Body.\n---\nheadline: x\n---\n",
      { data: {}, fieldLines: {}, frontMatterLine: 1, body: "Body.\n---\nheadline: x\n---\n", bodyStartLine: 1 },
    ],
  ])("%s: %j", (_name, text, expected) => {
    expect(splitFrontMatter(file(text))).toEqual({ ok: true, value: expected });
  });

  test.each<[string, string, number, string]>([
    ["a list", "---\n- a\n- b\n---\nBody.", 1, 'the front matter is "[\\"a\\",\\"b\\"]", not a list of fields.'],
    ["plain text", "---\njust text\n---\nBody.", 1, 'the front matter is "just text", not a list of fields.'],
  ])("front matter that is %s is not a mapping", (_name, text, line, message) => {
    expect(splitFrontMatter(file(text))).toEqual({
      ok: false,
      diagnostics: [
        {
          file: "content/reports/r.md",
          line,
          rule: "front-matter-not-mapping",
          severity: "error",
          message,
          hint: "Write one 'name: value' line per field, for example 'headline: Syria troops capture town'.",
        },
      ],
    });
  });

  test.each<[string, string, number, string]>([
    ["a bad mapping entry", "---\nheadline: \"a: b\"\nfoo: : :\n---\nBody.", 3, "bad indentation of a mapping entry"],
    ["a duplicated field", "---\nheadline: A\ndate: 2017-10-21\nheadline: B\n---\nBody.", 4, "duplicated mapping key"],
    ["an unclosed bracket", "---\nheadline: [unclosed\n---\nBody.", 2, "unexpected end of the stream within a flow collection"],
  ])("YAML with %s is invalid: %j", (_name, text, line, reason) => {
    const result = splitFrontMatter(file(text));
    if (result.ok) throw new Error("expected a YAML problem");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ file: "content/reports/r.md", line, rule: "yaml-invalid", severity: "error" });
    expect(result.diagnostics[0]!.message).toContain(reason);
  });
});
