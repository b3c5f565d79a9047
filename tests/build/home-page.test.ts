// The home page, through whole builds: the newest report first, the next by day, the entities most
// named in the 30 days to the newest report (not the build's day), and the years; with 40 reports,
// with the 2 seeds, and with none.
import { cpSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

/** Report n (1-40) is filed at 09:00 Damascus time on day n from 2017-09-01. */
function report(n: number): string {
  const day = new Date(Date.UTC(2017, 8, n)).toISOString().slice(0, 10);
  // Raqqa only in the first ten days (before the latest 30); Homs in the last twenty; Palmyra every third day.
  const places = [n <= 10 ? "Raqqa" : null, n > 20 ? "Homs" : null, n % 3 === 0 ? "Palmyra" : null].filter(Boolean).join(" and ");
  return `---\nheadline: Report number ${n}\ndate: ${day}T09:00:00+03:00\n---\nDAMASCUS, Syria — Officials spoke of ${places || "the weather"} on day ${n}.\n`;
}

async function home(content: string) {
  const out = tempDir("home");
  const result = await buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({}), allowEmpty: true });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return readPage(out, "/");
}

describe("the home page of 40 reports", async () => {
  // The seed gazetteer, without the seed reports.
  const content = writeContent(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`r${String(i + 1).padStart(2, "0")}.md`, report(i + 1)])));
  cpSync("content/entities", path.join(content, "entities"), { recursive: true });
  const page = await home(content);

  test("the newest report comes first, with its date, dateline and summary", () => {
    const lead = page.querySelector(".lead-report")!;
    expect(textOf(lead.querySelector("h2"))).toBe("Report number 40");
    expect(textOf(lead.querySelector(".report-meta"))).toBe("Tuesday, October 10, 2017, 9:00 AM GMT+3 · DAMASCUS, Syria");
    expect(textOf(lead.querySelector("p:last-child"))).toBe("Officials spoke of Homs on day 40.");
  });

  test("the next 29 follow under their days, newest first, each with its time and dateline; the rest are a link away", () => {
    const days = page.querySelectorAll(".latest .day-group");
    expect(days).toHaveLength(29);
    expect(textOf(days[0]!.querySelector("h3"))).toBe("Monday, October 9, 2017");
    expect(days[0]!.querySelector("h3 a")!.getAttribute("href")).toBe("/2017/10/09/");
    expect(textOf(days[0]!.querySelector(".report-meta"))).toBe("9:00 AM GMT+3 · DAMASCUS, Syria");
    expect(textOf(days.at(-1)!.querySelector("h4"))).toBe("Report number 11");
    expect(textOf(page.querySelector(".latest .more"))).toBe("All 40 reports, by date");
  });

  test("the most named are counted over the 30 days to the newest report, most first", () => {
    const places = page.querySelectorAll("#most-named-place + ol li").map(textOf);
    // Days 11-40 (30 days to October 10): Damascus, the dateline, on all 30; Homs on 20, Palmyra on 10, Raqqa on none.
    expect(textOf(page.querySelector("#most-named"))).toBe("Most named in the 30 days to October 10, 2017");
    expect(places.slice(0, 3)).toEqual(["Damascus 30 reports", "Homs 20 reports", "Palmyra 10 reports"]);
    expect(places.join(" ")).not.toContain("Raqqa");
    expect(page.querySelector("#most-named-place + ol a")!.getAttribute("href")).toBe("/places/damascus/");
  });

  test("the years are ways in, newest first", () => {
    expect(page.querySelectorAll(".year-list li").map(textOf)).toEqual(["2017 40 reports"]);
  });
});

describe("the home page of the two seed reports", async () => {
  const page = await home("content");
  test("reads whole: a lead, one earlier day, the most named, two years", () => {
    expect(textOf(page.querySelector(".lead-report h2"))).toBe("Syria troops capture central town recently taken by IS");
    expect(page.querySelectorAll(".latest .day-group")).toHaveLength(1);
    expect(page.querySelector(".latest .more")).toBeNull();
    expect(page.querySelectorAll(".most-named li").length).toBeGreaterThan(3);
    expect(page.querySelectorAll(".year-list li").map(textOf)).toEqual(["2017 1 report", "2016 1 report"]);
  });
});

describe("the home page of an empty archive", async () => {
  const page = await home(writeContent({}));
  test("says there are no reports yet, with no empty sections", () => {
    expect(textOf(page.querySelector("main"))).toContain("The archive has no reports yet.");
    expect(page.querySelector(".most-named")).toBeNull();
    expect(page.querySelector(".latest")).toBeNull();
    expect(page.querySelector(".year-list")).toBeNull();
  });
});
