// Whole builds over hostile content (issue 9): a report never runs code, and the far ends of the
// calendar are written with four-digit years in every URL and label.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite, type BuildResult } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf, sitemapText } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const site = makeSiteOptions({});

describe("a report whose front matter names a language", () => {
  const marker = path.join(tempDir("pwned"), "ran");
  const payload = `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;

  test.each(["js", "javascript", "json", "toml"])("---%s: the build stops with a diagnostic and runs nothing", async (language) => {
    const body = language === "json" || language === "toml" ? `{ "headline": "x" }` : `({ headline: ${payload} })`;
    const content = writeContent({ "report.md": `---${language}\n${body}\n---\nBEIRUT — Text.\n` });
    const result = await buildSite({ contentDir: content, outDir: path.join(tempDir("out"), "_site"), site });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.line, d.rule])).toEqual([[1, "front-matter-language"]]);
    expect(existsSync(marker)).toBe(false);
  });
});

describe("a report dated in the year 1", () => {
  let out: string;
  let result: BuildResult;
  beforeAll(async () => {
    out = path.join(tempDir("year-one"), "_site");
    const content = writeContent({ "first.md": "---\nheadline: The first report\ndate: 0001-01-01\n---\nBEIRUT — Text.\n" });
    result = await buildSite({ contentDir: content, outDir: out, site });
  });

  test("is published at /0001/01/01/ and filed under year 0001", () => {
    expect(result.ok).toBe(true);
    expect(textOf(readPage(out, "/0001/01/01/the-first-report/").querySelector("h1"))).toBe("The first report");
    expect(textOf(readPage(out, "/0001/").querySelector("h1"))).toContain("0001");
    expect(existsSync(path.join(out, "1"))).toBe(false);
  });

  test("the archive, the sitemap and the feed write the year with four digits", () => {
    const archive = readPage(out, "/archive/");
    expect(archive.querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain("/0001/");
    expect(textOf(archive.querySelector("main"))).toMatch(/\b0001\b/);
    expect(sitemapText(out)).toContain("/0001/01/01/the-first-report/</loc>");
    expect(readFileSync(path.join(out, "feed.xml"), "utf8")).toContain("0001-01-01T00:00:00");
  });
});
