// The settings' page kinds, feeds, language and page size, through whole builds: a part left out is
// not written, not linked from any page (linkinator finds no broken link) and not in the sitemap;
// the language reaches every place a page states it; lists are paged at the page size.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { LinkChecker } from "linkinator";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions, siteParts, type SiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf, sitemapText } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const SEED = "/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/";

async function build(site: SiteOptions, content = "content"): Promise<string> {
  const out = tempDir("parts");
  const result = await buildSite({ contentDir: content, outDir: out, site });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return out;
}

async function brokenLinks(out: string): Promise<{ broken: string[]; ok: number }> {
  const result = await new LinkChecker().check({ path: out, recurse: true, linksToSkip: ["^https?://(?!localhost|127\\.0\\.0\\.1)"] });
  return { broken: result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.url} <- ${l.parent}`), ok: result.links.filter((l) => l.state === "OK").length };
}

describe("a site of report pages only (pages: [], feeds: []), in German", () => {
  let out: string;
  beforeAll(async () => {
    out = await build(makeSiteOptions({ siteUrl: "https://archiv.example.org", language: "de", parts: siteParts([], []) }));
  });

  test("writes the home page, the reports and the 404 page, and none of the parts left out", () => {
    for (const file of ["index.html", `${SEED}index.html`, "404.html", "sitemap.xml"]) expect(existsSync(path.join(out, file)), file).toBe(true);
    for (const file of ["archive", "2017/index.html", "2017/10/index.html", "2017/10/21/index.html", "places", "people", "organizations", "search", "pagefind", "api", "feed.xml"]) {
      expect(existsSync(path.join(out, file)), file).toBe(false);
    }
  });

  test("no page links to a part that is not there", async () => {
    const { broken, ok } = await brokenLinks(out);
    expect(broken).toEqual([]);
    expect(ok).toBeGreaterThan(3);
  });

  test("the header has no search box and no section but Latest; the home page offers no way in that is gone", () => {
    const home = readPage(out, "/");
    expect(home.querySelector("form.site-search")).toBeNull();
    expect(home.querySelectorAll("header nav a").map(textOf)).toEqual(["Latest"]);
    expect(home.querySelector(".ways-in")).toBeNull();
    expect(home.querySelector('link[rel="alternate"]')).toBeNull();
    expect(readPage(out, "/404.html").querySelector("form")).toBeNull();
  });

  test("a report names its entities as text, with no breadcrumbs into a date archive", () => {
    const page = readPage(out, SEED);
    expect(page.querySelectorAll(".report-body a")).toEqual([]);
    expect(page.querySelector(".breadcrumbs")).toBeNull();
    expect(page.querySelectorAll(".entity-chips li").map(textOf)).toContain("Qaryatayn");
    expect(page.querySelectorAll(".entity-chips a")).toEqual([]);
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text) as { mentions: { "@id"?: string; name: string }[] };
    expect(jsonLd.mentions.find((m) => m.name === "Qaryatayn")).not.toHaveProperty("@id");
  });

  test("the sitemap lists the home page and the reports only", () => {
    const locs = [...sitemapText(out).matchAll(/<loc>https:\/\/archiv\.example\.org([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(["/", "/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/", SEED]);
  });

  test("the language is the page's lang, Open Graph's locale and JSON-LD's inLanguage", () => {
    const page = readPage(out, SEED);
    expect(page.querySelector("html")!.getAttribute("lang")).toBe("de");
    expect(page.querySelector('meta[property="og:locale"]')!.getAttribute("content")).toBe("de_DE");
    expect(JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text)).toMatchObject({ inLanguage: "de" });
  });
});

describe("entity pages and the date archive, the archive's feed only, no API or search", () => {
  let out: string;
  beforeAll(async () => {
    out = await build(makeSiteOptions({ siteUrl: "https://archive.example.org", language: "pt-BR", parts: siteParts(["entities", "dates"], ["archive"]) }));
  });

  test("entity pages have no feed and link none; the archive's feed is there, in the site's language", () => {
    expect(existsSync(path.join(out, "places/qaryatayn/index.html"))).toBe(true);
    expect(existsSync(path.join(out, "places/qaryatayn/feed.xml"))).toBe(false);
    const entity = readPage(out, "/places/qaryatayn/");
    expect(entity.querySelector('link[rel="alternate"]')).toBeNull();
    expect(entity.querySelectorAll("a").map((a) => a.getAttribute("href"))).not.toContain("/places/qaryatayn/feed.xml");
    expect(readFileSync(path.join(out, "feed.xml"), "utf8")).toContain('xml:lang="pt-BR"');
    expect(existsSync(path.join(out, "api"))).toBe(false);
    expect(existsSync(path.join(out, "search"))).toBe(false);
  });

  test("no page links to a part that is not there", async () => {
    const { broken, ok } = await brokenLinks(out);
    expect(broken).toEqual([]);
    expect(ok).toBeGreaterThan(50);
  });
});

describe("pageSize", () => {
  test("an entity's timeline and a day's list are paged at the page size, numbered on from page to page", async () => {
    const reports = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`r${i}.txt`, `Ferry number ${i + 1} reaches Beirut\n\nOct 20, 2017 | ${i + 1}:00 AM EDT\n\nBEIRUT (AP) — Ferry ${i + 1} docked, officials said.\n`]),
    );
    const out = await build(makeSiteOptions({ pageSize: 5 }), writeContent(reports, "content"));
    expect(readPage(out, "/places/beirut/").querySelectorAll(".timeline > li")).toHaveLength(5);
    const second = readPage(out, "/places/beirut/page/2/");
    // The seed report from Beirut is the eighth.
    expect(second.querySelectorAll(".timeline > li")).toHaveLength(3);
    expect(second.querySelector("ol.timeline")!.getAttribute("start")).toBe("6");
    expect(readPage(out, "/2017/10/20/").querySelectorAll(".report-list > li")).toHaveLength(5);
    expect(readPage(out, "/2017/10/20/page/2/").querySelectorAll(".report-list > li")).toHaveLength(2);
  });
});
