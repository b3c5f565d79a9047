// Whatever a report says is text on the page: markup in headlines, bylines and bodies is escaped.
import { describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const HOSTILE = `<script>alert(1)</script>&"`;

describe("escaping", () => {
  test.each([
    ["plain text", "hostile.txt", `${HOSTILE}\n\nOct 21, 2017 | 4:45 AM\n\nBEIRUT — A <b>bold</b> claim & an <img src=x onerror=alert(2)> image.\n\n* not a list 1. not a list\n\nBy-the-way, [not](javascript:alert(3)) a link.\n`],
    ["markdown", "hostile.md", `---\nheadline: '${HOSTILE}'\ndate: 2017-10-21\nbyline: '<i>Eve</i>'\n---\nA <b>bold</b> claim & an <img src=x onerror=alert(2)> image.\n\n[a link](javascript:alert(3))\n`],
  ])("%s report: no element comes from the report's text", async (_kind, file, text) => {
    const out = tempDir("escape");
    const result = await buildSite({ contentDir: writeContent({ [file]: text }), outDir: out, site: makeSiteOptions({}) });
    expect(result.ok).toBe(true);
    const url = "/2017/10/21/script-alert-1-script-and/";
    const page = readPage(out, url);
    // The one script element is the page's JSON-LD data block; nothing executable comes from the report.
    expect(page.querySelectorAll("script").map((e) => e.getAttribute("type"))).toEqual(["application/ld+json"]);
    expect(page.querySelectorAll("img, b, i")).toHaveLength(0);
    expect(page.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
    expect(textOf(page.querySelector("h1"))).toBe(HOSTILE);
    expect(textOf(page.querySelector(".report-body"))).toContain("A <b>bold</b> claim & an <img src=x onerror=alert(2)> image.");
    expect(readPage(out, "/").querySelectorAll("script")).toHaveLength(0);
  });
});
