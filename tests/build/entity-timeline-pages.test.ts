// An entity named in many reports gets its timeline in pages of 50, oldest first, with page links.
import { describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const reports = Object.fromEntries(
  Array.from({ length: 120 }, (_, i) => {
    const day = new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10);
    return [`r${String(i).padStart(3, "0")}.md`, `---\nheadline: Palmyra report number ${i + 1}\ndate: ${day}\n---\nFighting went on near Palmyra on day ${i + 1}.\n`];
  }),
);

describe("paged entity timelines", async () => {
  const out = tempDir("timeline-pages");
  const result = await buildSite({ contentDir: writeContent(reports, "content"), outDir: out, site: makeSiteOptions({}) });

  test("the build succeeds", () => expect(result.ok).toBe(true));

  test.each([
    ["/places/palmyra/", 50, "Palmyra report number 1", 1],
    ["/places/palmyra/page/2/", 50, "Palmyra report number 51", 2],
    ["/places/palmyra/page/3/", 22, "Palmyra report number 101", 3],
  ])("%s holds %i reports starting with %j", (url, count, first, number) => {
    const page = readPage(out, url);
    const items = page.querySelectorAll(".timeline li");
    expect(items).toHaveLength(count);
    expect(textOf(items[0]?.querySelector("h3"))).toBe(first);
    expect(textOf(page.querySelector("#reports"))).toBe(`Reports, oldest first (page ${number} of 3)`);
    expect(page.querySelector(".pager [aria-current=page]")?.getAttribute("href")).toBe(url);
  });

  test("page links go to pages that exist, with previous and next where there is one", () => {
    const first = readPage(out, "/places/palmyra/").querySelectorAll(".pager a").map((a) => [textOf(a), a.getAttribute("href")]);
    expect(first).toEqual([
      ["1", "/places/palmyra/"],
      ["2", "/places/palmyra/page/2/"],
      ["3", "/places/palmyra/page/3/"],
      ["Next", "/places/palmyra/page/2/"],
    ]);
    const last = readPage(out, "/places/palmyra/page/3/").querySelectorAll(".pager a").map((a) => textOf(a));
    expect(last).toEqual(["Previous", "1", "2", "3"]);
  });

  test("the list page counts every report, not one page of them", () => {
    const row = readPage(out, "/places/").querySelectorAll("tbody tr").find((r) => textOf(r.querySelector("a")) === "Palmyra");
    expect(textOf(row?.querySelector("td"))).toBe("122");
  });
});
