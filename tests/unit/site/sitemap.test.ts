// renderSitemaps: an index of child sitemaps, per year and for the pages of no year, each cut at
// sitemaps.org's 50,000 URLs, so a sitemap stays valid at any size of archive.
import { XMLParser } from "fast-xml-parser";
import { expect, test } from "vitest";
import { MAX_SITEMAP_URLS, renderSitemaps } from "../../../src/site/sitemap.ts";
import { makeSiteOptions } from "../../../src/site/site-options.ts";

const site = makeSiteOptions({ siteUrl: "https://archive.example.org" });
const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });

test("a year of more than 50,000 pages is cut into parts; the index lists each file once", () => {
  const paths = ["/", "/places/", ...Array.from({ length: MAX_SITEMAP_URLS + 10 }, (_, i) => `/2017/10/21/report-${String(i).padStart(6, "0")}/`), "/2016/04/03/one/"];
  const files = renderSitemaps(site, paths, new Map([["/2016/04/03/one/", "2016-04-03"]]), []);
  expect(files.map((f) => f.url)).toEqual(["/sitemap-site.xml", "/sitemap-2016.xml", "/sitemap-2017.xml", "/sitemap-2017-2.xml", "/sitemap.xml"]);
  const counts = files.slice(0, -1).map((f) => parser.parse(f.xml).urlset.url.length);
  expect(counts).toEqual([2, 1, MAX_SITEMAP_URLS, 10]);
  const index = parser.parse(files.at(-1)!.xml).sitemapindex.sitemap;
  expect(index.map((s: { loc: string }) => s.loc)).toEqual(files.slice(0, -1).map((f) => `https://archive.example.org${f.url}`));
  expect(index[1]).toEqual({ loc: "https://archive.example.org/sitemap-2016.xml", lastmod: "2016-04-03" });
});
