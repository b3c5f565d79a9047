// The date archive over a generated corpus of 330 reports in six zones and several years: counts at
// every level, paging, no page or link for empty periods, and the day-edge cases of local time.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const ZONES = ["America/Edmonton", "Asia/Damascus", "UTC", "Asia/Tokyo", "America/Los_Angeles", "Europe/London"];
// 2014 and 2018 have no reports at all; only some months of the other years do.
const MONTHS: Record<number, number[]> = { 2013: [1, 6, 12], 2015: [2, 3, 11], 2016: [4], 2017: [3, 10, 11], 2019: [7] };

interface Generated {
  file: string;
  text: string;
  /** The calendar day the report must be filed under, in its own zone. */
  day: string;
  headline: string;
}

/** A deterministic corpus: half written in local time, half as a UTC instant, both with a zone. */
function corpus(): Generated[] {
  const out: Generated[] = [];
  let n = 0;
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (const [year, months] of Object.entries(MONTHS)) {
    for (const month of months) {
      for (let i = 0; i < 22; i++) {
        const zone = ZONES[n % ZONES.length]!;
        const local = DateTime.fromObject({ year: Number(year), month, day: 1 + Math.floor(next() * 27), hour: Math.floor(next() * 24), minute: Math.floor(next() * 60) }, { zone });
        const written = n % 2 === 0 ? local.toFormat("yyyy-MM-dd'T'HH:mm:ss") : local.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
        const headline = `Generated report ${n}`;
        out.push({ file: `g${n}.md`, text: `---\nheadline: ${headline}\ndate: ${written}\ntimezone: ${zone}\n---\nBody of report ${n}.\n`, day: local.toFormat("yyyy-MM-dd"), headline });
        n++;
      }
    }
  }
  // One busy day: 62 reports on 3 March 2015, to be paged at 50.
  for (let i = 0; i < 62; i++) {
    const headline = `Busy day report ${String(i).padStart(2, "0")}`;
    out.push({ file: `busy${i}.md`, text: `---\nheadline: ${headline}\ndate: 2015-03-03T${String(8 + Math.floor(i / 30)).padStart(2, "0")}:${String((i % 30) * 2).padStart(2, "0")}:00\ntimezone: Asia/Damascus\n---\nBody.\n`, day: "2015-03-03", headline });
  }
  return out;
}

// The day edges, each with the day it must be filed under.
const EDGES: [string, string, string, string][] = [
  ["late evening west of UTC", "2017-10-22T05:30:00Z", "America/Edmonton", "2017-10-21"],
  ["late evening west of UTC, written locally", "2017-10-21T23:30:00", "UTC-6", "2017-10-21"],
  ["early morning east of UTC", "2017-10-21T22:30:00Z", "Asia/Damascus", "2017-10-22"],
  ["the hour that repeats when DST ends", "2017-11-05T01:30:00", "America/New_York", "2017-11-05"],
  ["the hour DST skips", "2017-03-12T02:30:00", "America/New_York", "2017-03-12"],
  ["just after midnight when DST starts in London", "2017-03-26T00:30:00", "Europe/London", "2017-03-26"],
  ["a bare date", "2016-04-10", "Pacific/Kiritimati", "2016-04-10"],
];

const generated = corpus();
const edges: Generated[] = EDGES.map(([name, date, zone, day], i) => ({
  file: `edge${i}.md`,
  text: `---\nheadline: Edge case ${i} ${name}\ndate: ${date}\ntimezone: ${zone}\n---\nBody.\n`,
  day,
  headline: `Edge case ${i} ${name}`,
}));
const all = [...generated, ...edges];
let out: string;

beforeAll(async () => {
  out = tempDir("dates");
  const content = writeContent(Object.fromEntries(all.map((g) => [g.file, g.text])));
  const result = await buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({}) });
  expect(result.diagnostics).toEqual([]);
});

const count = <K extends string>(keyOf: (g: Generated) => K) => {
  const counts = new Map<K, number>();
  for (const g of all) counts.set(keyOf(g), (counts.get(keyOf(g)) ?? 0) + 1);
  return counts;
};
const periodCount = (url: string) => Number(/^(\d+) reports?$/.exec(textOf(readPage(out, url).querySelector(".period-count")))?.[1]);

describe("a generated corpus of 330+ reports", () => {
  test("it is as big as the issue asks", () => expect(all.length).toBeGreaterThanOrEqual(300));

  test("every year, month and day page counts its reports", () => {
    for (const [year, n] of count((g) => g.day.slice(0, 4))) expect(periodCount(`/${year}/`), year).toBe(n);
    for (const [month, n] of count((g) => g.day.slice(0, 7))) expect(periodCount(`/${month.replace("-", "/")}/`), month).toBe(n);
    for (const [day, n] of count((g) => g.day)) expect(periodCount(`/${day.replaceAll("-", "/")}/`), day).toBe(n);
  });

  test("every report is listed on its day page (across its pages) and on no other day", () => {
    for (const [day] of count((g) => g.day)) {
      const base = `/${day.replaceAll("-", "/")}/`;
      const headlines: string[] = [];
      for (let n = 1, url = base; existsSync(path.join(out, url)); n++, url = `${base}page/${n}/`) {
        headlines.push(...readPage(out, url).querySelectorAll(".report-list h3").map(textOf));
      }
      expect(headlines.sort(), day).toEqual(all.filter((g) => g.day === day).map((g) => g.headline).sort());
    }
  });

  test("/archive/ lists every year with its count, newest first", () => {
    const years = readPage(out, "/archive/").querySelectorAll(".archive-year h2").map(textOf);
    const expected = [...count((g) => g.day.slice(0, 4))].sort((a, b) => (a[0] < b[0] ? 1 : -1));
    expect(years).toEqual(expected.map(([y, n]) => `${y} (${n} report${n === 1 ? "" : "s"})`));
  });

  test("empty periods have no page, and no page links to one", () => {
    for (const url of ["/2014/", "/2018/", "/2013/02/", "/2016/05/", "/2015/02/28/"]) expect(existsSync(path.join(out, url)), url).toBe(false);
    const pages = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name === "index.html") pages.add(`/${path.relative(out, dir)}/`.replace(/^\/\/$/, "/").replace("//", "/"));
      }
    };
    walk(out);
    let checked = 0;
    for (const page of pages) {
      // A query string does not change which page is served: check the path.
      for (const href of [...readFileSync(path.join(out, page, "index.html"), "utf8").matchAll(/href="(\/[^"#?]*)/g)].map((m) => m[1]!)) {
        // Assets, the search bundle and feeds are files, not pages.
        if (/^\/(assets|pagefind)\//.test(href) || href.endsWith(".xml")) {
          expect(existsSync(path.join(out, href)), `${page} links to ${href}`).toBe(true);
          continue;
        }
        expect(pages.has(href), `${page} links to ${href}`).toBe(true);
        checked++;
      }
    }
    expect(pages.size).toBeGreaterThan(400);
    expect(checked).toBeGreaterThan(5000);
  });

  test("the calendar on /archive/ links exactly the months that have reports", () => {
    const linked = readPage(out, "/archive/").querySelectorAll(".month-calendar a").map((a) => a.getAttribute("href"));
    expect(linked.sort()).toEqual([...count((g) => g.day.slice(0, 7)).keys()].map((m) => `/${m.replace("-", "/")}/`).sort());
  });
});

describe("paging", () => {
  test("a day with 63 reports has two pages of 50 and 13, in time order, with page links", () => {
    const first = readPage(out, "/2015/03/03/");
    const second = readPage(out, "/2015/03/03/page/2/");
    const headlines = [...first.querySelectorAll(".report-list h3"), ...second.querySelectorAll(".report-list h3")].map(textOf);
    expect(first.querySelectorAll(".report-list li")).toHaveLength(50);
    const busy = headlines.filter((h) => h.startsWith("Busy day"));
    expect(busy).toEqual([...busy].sort());
    expect(first.querySelector('.pager a[rel="next"]')?.getAttribute("href")).toBe("/2015/03/03/page/2/");
    expect(second.querySelector('.pager a[rel="prev"]')?.getAttribute("href")).toBe("/2015/03/03/");
    expect(existsSync(path.join(out, "2015/03/03/page/3"))).toBe(false);
  });

  test("month and year pages are paged too, and group reports under their days", () => {
    const month = readPage(out, "/2015/03/");
    expect(textOf(month.querySelector("h1"))).toMatch(/^March 2015 \(page 1 of \d\)$/);
    expect(month.querySelectorAll(".day-group > h3 a").map((a) => a.getAttribute("href"))[0]).toMatch(/^\/2015\/03\/\d\d\/$/);
    expect(existsSync(path.join(out, "2015/page/2/index.html"))).toBe(true);
  });
});

describe("day edges: filed under the day of the report's own zone", () => {
  test.each(EDGES.map(([name, , , day], i) => [name, i, day] as const))("%s -> %s", (_name, i, day) => {
    const page = readPage(out, `/${day.replaceAll("-", "/")}/`);
    expect(page.querySelectorAll(".report-list h3").map(textOf)).toContain(edges[i]!.headline);
    const link = page.querySelectorAll(".report-list h3 a").find((a) => textOf(a) === edges[i]!.headline)!;
    expect(link.getAttribute("href")!.startsWith(`/${day.replaceAll("-", "/")}/`)).toBe(true);
  });
});

describe("navigation", () => {
  test("breadcrumbs on a day page and an article page", () => {
    expect(readPage(out, "/2017/10/21/").querySelectorAll(".breadcrumbs li").map(textOf)).toEqual(["Archive", "2017", "October", "21"]);
    const url = readPage(out, "/2017/10/21/").querySelector(".report-list h3 a")!.getAttribute("href")!;
    const crumbs = readPage(out, url).querySelectorAll(".breadcrumbs a");
    expect(crumbs.map((a) => a.getAttribute("href"))).toEqual(["/archive/", "/2017/", "/2017/10/", "/2017/10/21/"]);
  });

  test("previous and next periods skip empty ones", () => {
    const y2015 = readPage(out, "/2015/");
    expect(y2015.querySelector('.period-nav a[rel="prev"]')?.getAttribute("href")).toBe("/2013/");
    expect(y2015.querySelector('.period-nav a[rel="next"]')?.getAttribute("href")).toBe("/2016/");
    const nov2015 = readPage(out, "/2015/11/");
    expect(nov2015.querySelector('.period-nav a[rel="next"]')?.getAttribute("href")).toBe("/2016/04/");
    expect(readPage(out, "/2013/").querySelector('.period-nav a[rel="prev"]')).toBeNull();
  });

  test("articles link to the older and newer report in time order", () => {
    const day = readPage(out, "/2015/03/03/");
    const [a, b] = day.querySelectorAll(".report-list h3 a").map((x) => x.getAttribute("href")!);
    expect(readPage(out, a!).querySelector('.report-nav a[rel="next"]')?.getAttribute("href")).toBe(b);
    expect(readPage(out, b!).querySelector('.report-nav a[rel="prev"]')?.getAttribute("href")).toBe(a);
  });
});
