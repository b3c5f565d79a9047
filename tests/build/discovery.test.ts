// sitemap.xml against the pages built, robots.txt, and a 404 page that helps.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { readPage } from "../helpers/built-page.ts";
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

describe("sitemap.xml", () => {
  const entries = () =>
    (new XMLParser({ isArray: (name) => name === "url" }).parse(readFileSync(path.join(out, "sitemap.xml"), "utf8")).urlset.url as { loc: string; lastmod?: string }[]);

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
