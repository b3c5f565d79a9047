// The sitemap index and its sitemaps against the pages built, the news sitemap, robots.txt, and a 404 page that helps.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { readPage, sitemapFiles } from "../helpers/built-page.ts";
import { sharedBuild } from "../helpers/shared-build.ts";

const SITE = "https://archive.example.org";
let out: string;

beforeAll(() => {
  const built = sharedBuild("seeds");
  out = built.outDir;
  expect(built.ok).toBe(true);
});

function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name === "index.html") pages.push(`${SITE}/${path.relative(out, dir)}${dir === out ? "" : "/"}`);
    }
  };
  walk(out);
  return pages.sort();
}

const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
const readXml = (name: string) => parser.parse(readFileSync(path.join(out, name), "utf8"));

describe("the sitemaps", () => {
  const entries = () => sitemapFiles(out).filter((name) => name !== "sitemap-news.xml").flatMap((name) => readXml(name).urlset.url as { loc: string; lastmod?: string }[]);

  test("sitemap.xml is an index of a sitemap per year and one of the pages of no year, each with the lastmod of its newest page", () => {
    expect(readXml("sitemap.xml").sitemapindex.sitemap).toEqual([
      { loc: `${SITE}/sitemap-site.xml`, lastmod: "2017-10-21T13:45:00+03:00" },
      { loc: `${SITE}/sitemap-2016.xml`, lastmod: "2016-04-03" },
      { loc: `${SITE}/sitemap-2017.xml`, lastmod: "2017-10-21T13:45:00+03:00" },
      { loc: `${SITE}/sitemap-news.xml`, lastmod: "2017-10-21T13:45:00+03:00" },
    ]);
    expect(readXml("sitemap-2016.xml").urlset.url.every((u: { loc: string }) => u.loc.startsWith(`${SITE}/2016/`))).toBe(true);
  });

  test("the news sitemap lists the reports of the two days up to the newest, for Google News", () => {
    // The seeds are 18 months apart: only the newest is within two days of itself.
    expect(readXml("sitemap-news.xml").urlset.url).toEqual([
      {
        loc: `${SITE}/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/`,
        "news:news": { "news:publication": { "news:name": "Dateline", "news:language": "en" }, "news:publication_date": "2017-10-21T13:45:00+03:00", "news:title": "Syria troops capture central town recently taken by IS" },
      },
    ]);
  });

  test("lists exactly the pages built", () => {
    expect(entries().map((e) => e.loc).sort()).toEqual(builtPages());
    expect(entries().length).toBeGreaterThan(60);
  });

  test.each([
    [`${SITE}/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/`, "2017-10-21T13:45:00+03:00"],
    [`${SITE}/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/`, "2016-04-03"],
    [`${SITE}/2016/`, "2016-04-03"],
    [`${SITE}/places/qaryatayn/`, "2017-10-21T13:45:00+03:00"],
    [`${SITE}/places/qaryatayn/timeline/`, "2017-10-21T13:45:00+03:00"],
    [`${SITE}/`, "2017-10-21T13:45:00+03:00"],
  ])("%s has lastmod %s", (loc, lastmod) => {
    expect(entries().find((e) => e.loc === loc)?.lastmod).toBe(lastmod);
  });

  test("pages without a meaningful date have no lastmod", () => {
    expect(entries().find((e) => e.loc === `${SITE}/search/`)?.lastmod).toBeUndefined();
  });
});

describe("robots.txt and 404.html", () => {
  test("robots.txt allows crawling and names the sitemap", () => {
    expect(readFileSync(path.join(out, "robots.txt"), "utf8")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });

  test("404.html has a search box and links to the archive and the places", () => {
    const page = readPage(out, "/404.html");
    expect(page.querySelector('main form[action="/search/"] input[name="q"]')).not.toBeNull();
    const links = page.querySelectorAll("main a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(expect.arrayContaining(["/archive/", "/places/", "/"]));
  });
});
