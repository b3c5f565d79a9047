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
      { data: {}, fieldLines: new Map(), frontMatterLine: 1, body: "Headline\n\nBody.", bodyStartLine: 1 },
    ],
    [
      "fields and their lines",
      "---\nheadline: Troops retake town\ndate: 2016-04-03\n---\nBody.\n",
      {
        data: { headline: "Troops retake town", date: "2016-04-03" },
        fieldLines: new Map([["headline", 2], ["date", 3]]),
        frontMatterLine: 1,
        body: "Body.\n",
        bodyStartLine: 5,
      },
    ],
    [
      "comment lines count",
      "---\n# The date line is local time.\ntimezone: America/Edmonton\n---\nBody.",
      { data: { timezone: "America/Edmonton" }, fieldLines: new Map([["timezone", 3]]), frontMatterLine: 1, body: "Body.", bodyStartLine: 5 },
    ],
    [
      "a date with a time stays text",
      "---\ndate: 2017-10-21T04:45:00-06:00\n---\nBody.",
      { data: { date: "2017-10-21T04:45:00-06:00" }, fieldLines: new Map([["date", 2]]), frontMatterLine: 1, body: "Body.", bodyStartLine: 4 },
    ],
    [
      "a number stays a number here",
      "---\nheadline: 1984\n---\nBody.",
      { data: { headline: 1984 }, fieldLines: new Map([["headline", 2]]), frontMatterLine: 1, body: "Body.", bodyStartLine: 4 },
    ],
    [
      "nested values: only top-level fields get lines",
      "---\nheadline:\n  nested: true\ndate: 2017-10-21\n---\nBody.",
      {
        data: { headline: { nested: true }, date: "2017-10-21" },
        fieldLines: new Map([["headline", 2], ["date", 4]]),
        frontMatterLine: 1,
        body: "Body.",
        bodyStartLine: 6,
      },
    ],
    [
      "a fence with text after it is a line of the body",
      "--- BREAKING NEWS ---\nBody.",
      { data: {}, fieldLines: new Map(), frontMatterLine: 1, body: "--- BREAKING NEWS ---\nBody.", bodyStartLine: 1 },
    ],
    [
      "__proto__ and constructor are plain fields with their own lines",
      "---\n__proto__: x\nconstructor: y\n---\nBody.",
      { data: { ["__proto__"]: "x", constructor: "y" }, fieldLines: new Map([["__proto__", 2], ["constructor", 3]]), frontMatterLine: 1, body: "Body.", bodyStartLine: 5 },
    ],
    ["empty front matter", "---\n---\nBody.", { data: {}, fieldLines: new Map(), frontMatterLine: 1, body: "Body.", bodyStartLine: 3 }],
    [
      "blank lines after the fence belong to the body",
      "---\nheadline: x\n---\n\n\nBody.",
      { data: { headline: "x" }, fieldLines: new Map([["headline", 2]]), frontMatterLine: 1, body: "\n\nBody.", bodyStartLine: 4 },
    ],
    [
      "a fence that is not on line 1 is body text",
      "Body.\n---\nheadline: x\n---\n",
      { data: {}, fieldLines: new Map(), frontMatterLine: 1, body: "Body.\n---\nheadline: x\n---\n", bodyStartLine: 1 },
    ],
  ])("%s: %j", (_name, text, expected) => {
    expect(splitFrontMatter(file(text))).toEqual({ ok: true, value: expected });
  });

  // gray-matter ran the engine a fence names, and its "javascript" engine is eval.
  test.each(["js", "javascript", "json", "toml", "yaml", "coffee"])("front matter opened by ---%s is refused, never run", (language) => {
    const text = `---${language}\n{ headline: (globalThis.ran = "ran") }\n---\nBody.`;
    expect(splitFrontMatter(file(text))).toEqual({
      ok: false,
      diagnostics: [
        {
          file: "content/reports/r.md",
          line: 1,
          rule: "front-matter-language",
          severity: "error",
          message: `the front matter opens with "---${language}": front matter in "${language}" is never read or run.`,
          hint: "Front matter is YAML between two lines of exactly ---: remove the language name after the first ---.",
        },
      ],
    });
    expect((globalThis as { ran?: string }).ran).toBeUndefined();
  });

  test("front matter that is never closed is a problem on its opening line", () => {
    const result = splitFrontMatter(file("---\nheadline: x\nBody text without a closing fence."));
    expect(result).toMatchObject({ ok: false, diagnostics: [{ line: 1, rule: "front-matter-unclosed" }] });
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
    ["a bad mapping entry", "---\nheadline: \"a: b\"\nfoo: : :\n---\nBody.", 3, "Nested mappings are not allowed in compact mappings"],
    ["a duplicated field", "---\nheadline: A\ndate: 2017-10-21\nheadline: B\n---\nBody.", 4, "Map keys must be unique"],
    ["an unclosed bracket", "---\nheadline: [unclosed\n---\nBody.", 2, "must be sufficiently indented and end with a ]"],
    ["an unclosed bracket before blank lines", "---\nheadline: x\nbyline: [Bassem Mroue\n\n---\nBody.", 3, "end with a ]"],
    ["an unclosed quote", "---\nheadline: \"unclosed\n---\nBody.", 2, "Missing closing \"quote"],
    ["a JavaScript tag", "---\nheadline: !!js/function 'function () { return 1 }'\n---\nBody.", 2, "Unresolved tag: tag:yaml.org,2002:js/function"],
    // A 500-byte "billion laughs" would expand to gigabytes: aliases are refused before any value is built.
    [
      "an alias bomb",
      `---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${"bcdefghi".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`).join("\n")}\n---\nBody.`,
      3,
      "YAML aliases such as *a are not allowed: write each value out in full",
    ],
  ])("YAML with %s is invalid", (_name, text, line, reason) => {
    const result = splitFrontMatter(file(text));
    if (result.ok) throw new Error("expected a YAML problem");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ file: "content/reports/r.md", line, rule: "yaml-invalid", severity: "error" });
    expect(result.diagnostics[0]!.message).toContain(reason);
  });
});
