// The slug "page" is reserved for paged date lists (/YYYY/MM/DD/page/N/); a report cannot take it.
import { describe, expect, test } from "vitest";
import { parseReport } from "../../../src/parse/parse-report.ts";

describe("reserved slug", () => {
  test.each([
    ["a headline that slugs to it", "---\nheadline: Page\ndate: 2017-10-21\n---\nText.\n", 2],
    ["a front matter slug", "---\nheadline: Something else\nslug: page\ndate: 2017-10-21\n---\nText.\n", 3],
  ])("%s", (_name, text, line) => {
    const result = parseReport({ path: "r.md", id: "r", format: "markdown", text }, { defaultZone: "UTC" });
    expect(result.record).toBeNull();
    expect(result.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ["slug-reserved", line, 'slug "page" is reserved: /YYYY/MM/DD/page/ is where a long day\'s list continues.'],
    ]);
  });
});
