// An entity named in many reports gets its page (newest first) and its timeline (oldest first) in
// pages of 50, with page links, and a by-year summary that links to where each year starts.
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
    ["/places/palmyra/timeline/", 50, "Palmyra report number 1", 1, "oldest"],
    ["/places/palmyra/timeline/page/2/", 50, "Palmyra report number 51", 2, "oldest"],
    ["/places/palmyra/timeline/page/3/", 22, "Palmyra report number 101", 3, "oldest"],
    // The two seed reports (2016, 2017) are the newest.
    ["/places/palmyra/", 50, "Syria troops capture central town recently taken by IS", 1, "newest"],
    ["/places/palmyra/page/2/", 50, "Palmyra report number 72", 2, "newest"],
    ["/places/palmyra/page/3/", 22, "Palmyra report number 22", 3, "newest"],
  ])("%s holds %i reports starting with %j", (url, count, first, number, order) => {
    const page = readPage(out, url);
    const items = page.querySelectorAll(".timeline li");
    expect(items).toHaveLength(count);
    expect(textOf(items[0]?.querySelector("h2, h3"))).toBe(first);
    expect(textOf(page.querySelector("#reports"))).toBe(order === "newest" ? `Reports, newest first (page ${number} of 3)` : `Palmyra: reports oldest first (page ${number} of 3)`);
    expect(page.querySelector(".pager [aria-current=page]")?.getAttribute("href")).toBe(url);
    expect(page.querySelector("ol.timeline")!.getAttribute("start")).toBe(String((number - 1) * 50 + 1));
  });

  test("the entity's first page names its companions; its later pages give its facts; the timeline its reports alone", () => {
    expect(readPage(out, "/places/palmyra/").querySelector(".companions")).not.toBeNull();
    const later = readPage(out, "/places/palmyra/page/2/");
    expect(later.querySelector(".companions")).toBeNull();
    expect(later.querySelector(".entity-facts .years")).not.toBeNull();
    const timeline = readPage(out, "/places/palmyra/timeline/");
    expect(timeline.querySelector(".entity-facts")).toBeNull();
    expect(timeline.querySelector(".companions")).toBeNull();
  });

  test("the by-year summary links each year to the timeline page it starts on", () => {
    const years = readPage(out, "/places/palmyra/").querySelectorAll(".years li");
    expect(years.map((li) => [textOf(li), li.querySelector("a")!.getAttribute("href")])).toEqual([
      ["2015: 120", "/places/palmyra/timeline/"],
      ["2016: 1", "/places/palmyra/timeline/page/3/"],
      ["2017: 1", "/places/palmyra/timeline/page/3/"],
    ]);
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
