// Whole build of the real content/ through the same function the CLI runs (the shared "seeds" build); the HTML is parsed and checked.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { readPage, textOf } from "../helpers/built-page.ts";
import { sharedBuild } from "../helpers/shared-build.ts";

const SITE = "https://archive.example.org";
const AP = "/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/";
const REPORT_003 = "/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/";
let out: string;

beforeAll(() => {
  const result = sharedBuild("seeds");
  out = result.outDir;
  expect(result.ok).toBe(true);
  // 2 reports, the home page, 40 entity pages and their 40 timelines (the 40 entities the reports name), 6 entity lists, /archive/, /search/, 2 years, 2 months, 2 days, 41 Atom feeds, robots.txt, 404.html, _headers, 3 API files (index, entities, one page of articles) and the minified CSS.
  if (result.ok) expect([result.reportCount, result.pageCount]).toEqual([2, 145]);
});

describe("the seed reports as received", () => {
  // The seeds' sha256 as delivered (../shared/seeds/): content/ must hold them byte for byte after the front matter.
  test.each([
    ["000_0b9dd1b0225d99c4.txt", "16afac6fff32012d369011f22ab1b13d35153cc864ffd4c6bdc12a0c15205c8d"],
    ["003_f792764ede64bdaf.txt", "154c3cdb58d8b89ea3c2761591276fc2802f547067a27229628660a74db95704"],
  ])("%s is unchanged below its front matter", (name, sha256) => {
    const text = readFileSync(`content/reports/${name}`);
    const end = text.indexOf("\n---\n", 4) + "\n---\n".length;
    expect(createHash("sha256").update(text.subarray(end)).digest("hex")).toBe(sha256);
  });
});

describe("report 000 (AP, Oct 21, 2017 | 4:45 AM in Grande Prairie)", () => {
  test("has the headline as its only h1", () => {
    const page = readPage(out, AP);
    expect(page.querySelectorAll("h1").map(textOf)).toEqual(["Syria troops capture central town recently taken by IS"]);
    expect(textOf(page.querySelector("title"))).toBe("Syria troops capture central town recently taken by IS | Dateline");
  });

  test("gives its time in Beirut's zone, the dateline's, and the time as written (Alberta's MDT) in the facts box", () => {
    const page = readPage(out, AP);
    const time = page.querySelector(".report-header time");
    expect(time?.getAttribute("datetime")).toBe("2017-10-21T13:45:00+03:00");
    expect(textOf(time)).toBe("Saturday, October 21, 2017, 1:45 PM GMT+3");
    const written = page.querySelectorAll(".report-footer dt").findIndex((dt) => textOf(dt) === "Time as written");
    const dd = page.querySelectorAll(".report-footer dd")[written]!;
    expect(dd.querySelector("time")?.getAttribute("datetime")).toBe("2017-10-21T04:45:00-06:00");
    expect(textOf(dd)).toBe("Saturday, October 21, 2017, 4:45 AM MDT (shown here in Beirut's time)");
  });

  test("opens with the dateline and shows byline and source", () => {
    const page = readPage(out, AP);
    const first = page.querySelector(".report-body p");
    expect(textOf(first?.querySelector(".dateline"))).toBe("BEIRUT —");
    expect(textOf(first)).toMatch(/^BEIRUT — Syrian government forces and their allies regained control Saturday/);
    expect(textOf(page.querySelector(".byline"))).toBe("By Bassem Mroue");
    expect(textOf(page.querySelector(".source"))).toBe("The Associated Press");
  });

  test("has the body without the promo line, the date line or the sign-off", () => {
    const page = readPage(out, AP);
    const paragraphs = page.querySelectorAll(".report-body p").map(textOf);
    expect(paragraphs).toHaveLength(19);
    expect(paragraphs.at(-1)).toBe(
      "In one rare incident, Israel this week struck an anti-aircraft battery deep in Syria after it had opened fire on Israeli jets flying over Lebanon.",
    );
    const html = page.toString();
    expect(html).not.toContain("STAY CONNECTED");
    expect(html).not.toContain("Oct 21, 2017 | 4:45 AM");
    expect(paragraphs.join(" ")).not.toContain("Bassem Mroue, The Associated Press");
  });

  test("keeps the text as received, typo included", () => {
    expect(textOf(readPage(out, AP).querySelector(".report-body"))).toContain("The Chief of StaffofIran’s armed forces");
  });
});

describe("report 003 (no headline, date or byline in its text)", () => {
  test("uses the front matter headline and the bare date, unshifted", () => {
    const page = readPage(out, REPORT_003);
    expect(page.querySelectorAll("h1").map(textOf)).toEqual(["Syrian army retakes Al-Qaryatain from IS"]);
    const time = page.querySelector(".report-header time");
    expect(time?.getAttribute("datetime")).toBe("2016-04-03");
    expect(textOf(time)).toBe("Sunday, April 3, 2016");
  });

  test("names no byline or publisher, and has all nine paragraphs", () => {
    const page = readPage(out, REPORT_003);
    expect(page.querySelector(".byline")).toBeNull();
    expect(page.querySelector(".source")).toBeNull();
    expect(page.querySelector(".report-body .dateline")).toBeNull();
    const paragraphs = page.querySelectorAll(".report-body p").map(textOf);
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toMatch(/^Backed by Russian warplanes/);
  });
});

describe("the home page and the base layout", () => {
  test("shows the newest report first, then the other under its day, with date and summary", () => {
    const home = readPage(out, "/");
    expect(home.querySelector(".lead-report h2 a")?.getAttribute("href")).toBe(AP);
    expect(textOf(home.querySelector(".lead-report time"))).toBe("Saturday, October 21, 2017, 1:45 PM GMT+3");
    const items = home.querySelectorAll(".latest .report-list li");
    expect(items.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([REPORT_003]);
    expect(textOf(home.querySelector(".latest .day-group h3"))).toBe("Sunday, April 3, 2016");
    expect(textOf(items[0]?.querySelector("p:last-child"))).toMatch(/^Backed by Russian warplanes/);
  });

  test.each([["/"], [AP], [REPORT_003]])("%s has lang, a description, a canonical URL and a working skip link", (url) => {
    const page = readPage(out, url);
    expect(page.querySelector("html")?.getAttribute("lang")).toBe("en");
    expect(page.querySelector('meta[name="description"]')?.getAttribute("content")?.length).toBeGreaterThan(20);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${SITE}${url}`);
    const skip = page.querySelector("a.skip-link");
    expect(skip?.getAttribute("href")).toBe("#main");
    expect(page.querySelector("#main")?.tagName).toBe("MAIN");
    // No script runs: the only script element allowed is a JSON-LD data block.
    expect(page.querySelectorAll("script").filter((e) => e.getAttribute("type") !== "application/ld+json")).toHaveLength(0);
  });
});

describe("the date archive of the seeds", () => {
  test.each([
    ["/2017/", AP],
    ["/2017/10/", AP],
    ["/2017/10/21/", AP],
    ["/2016/", REPORT_003],
    ["/2016/04/", REPORT_003],
    ["/2016/04/03/", REPORT_003],
  ])("%s leads to %s", (url, article) => {
    expect(readPage(out, url).querySelectorAll(".report-list :is(h3, h4) a").map((a) => a.getAttribute("href"))).toEqual([article]);
  });

  test("/archive/ links both years, and there is no /2017/09/ or /2015/", () => {
    const links = readPage(out, "/archive/").querySelectorAll(".archive-year h2 a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/2017/", "/2016/"]);
    expect(existsSync(path.join(out, "2017/09"))).toBe(false);
    expect(existsSync(path.join(out, "2015"))).toBe(false);
  });

  test("the AP report's breadcrumbs lead to its day, in its own zone", () => {
    expect(readPage(out, AP).querySelectorAll(".breadcrumbs a").map((a) => a.getAttribute("href"))).toEqual(["/archive/", "/2017/", "/2017/10/", "/2017/10/21/"]);
  });
});

describe("the article's facts and its neighbours", () => {
  const facts = (url: string) => readPage(out, url).querySelectorAll(".report-footer dt").map(textOf);

  test("the facts box says what the header does not, and leaves out what the report does not give", () => {
    expect(facts(AP)).toEqual(["Filed from", "Time as written", "Length"]);
    // Report 003 has no dateline, byline or source: none is shown as unknown anywhere.
    expect(facts(REPORT_003)).toEqual(["Length"]);
    const page = readPage(out, REPORT_003);
    expect(textOf(page.querySelector("main"))).not.toMatch(/Not given|Not known|Byline|Source:/);
    expect(page.querySelector(".report-meta .byline")).toBeNull();
  });

  test("the facts box links the dateline's place and counts the words, repeating nothing from the header", () => {
    const footer = readPage(out, AP).querySelector(".report-footer")!;
    expect(footer.querySelector("a")!.getAttribute("href")).toBe("/places/beirut/");
    const values = footer.querySelectorAll("dd").map(textOf);
    expect(values[0]).toBe("Beirut");
    expect(values[2]).toMatch(/^\d+ words, about \d+ minutes? to read$/);
    expect(textOf(footer)).not.toContain("Bassem Mroue");
    // Its one date is the time as the copy wrote it, which the header does not show.
    expect(footer.querySelectorAll("time").map((t) => t.getAttribute("datetime"))).toEqual(["2017-10-21T04:45:00-06:00"]);
  });

  test("older and newer: only the neighbours there are", () => {
    const nav = (url: string) => readPage(out, url).querySelectorAll(".report-nav li").map((li) => [li.getAttribute("class"), li.querySelector("a")!.getAttribute("href")]);
    expect(nav(AP)).toEqual([["older", REPORT_003]]);
    expect(nav(REPORT_003)).toEqual([["newer", AP]]);
  });
});
