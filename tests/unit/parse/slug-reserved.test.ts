// Slugs reserved by the routes ("page": paged date lists continue at /YYYY/MM/DD/page/N/); a report cannot take one.
import { describe, expect, test } from "vitest";
import { parseReport } from "../../../src/parse/parse-report.ts";
import { RESERVED_SLUGS } from "../../../src/routes.ts";

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

describe("every reserved slug", () => {
  test.each([...RESERVED_SLUGS])("%s is refused as a front matter slug", (slug) => {
    const text = `---\nheadline: Something else\nslug: ${slug}\ndate: 2017-10-21\n---\nText.\n`;
    const result = parseReport({ path: "r.md", id: "r", format: "markdown", text }, { defaultZone: "UTC" });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["slug-reserved"]);
  });
});
