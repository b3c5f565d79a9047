// src/routes.ts: every URL the site has, one row per route, and the folders that no content can claim.
import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import * as routes from "../../src/routes.ts";
import {
  API_ENTITIES,
  API_INDEX,
  apiArticlesPage,
  ARCHIVE_FEED,
  ARCHIVE_URL,
  articleUrl,
  ASSETS_FOLDER,
  assetUrl,
  dayUrl,
  entityFeedUrl,
  entityTimelineUrl,
  entityListUrl,
  entityUrl,
  folderUrl,
  formatYear,
  HEADERS_URL,
  REDIRECTS_URL,
  reportFileUrl,
  HOME_URL,
  INDEX_FILE,
  monthUrl,
  NOT_FOUND_URL,
  outputPath,
  pageUrl,
  RESERVED_SLUGS,
  ROBOTS_URL,
  SEARCH_BUNDLES_FOLDER,
  SEARCH_URL,
  searchBundleUrl,
  SITEMAP_URL,
  sitemapUrl,
  isSearchBundle,
  siteOwner,
  yearUrl,
} from "../../src/routes.ts";

const SLUG = "syria-troops-capture-central-town";
const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });
const qaryatayn = { kind: "place", id: "qaryatayn" } as const;

/** [the call, what it gives, the part of the site it belongs to, the URL expected] */
const ROUTES: [string, string, string, string][] = [
  ["HOME_URL", HOME_URL, "home", "/"],
  ["yearUrl(2017)", yearUrl(2017), "dates", "/2017/"],
  ["yearUrl(1)", yearUrl(1), "dates", "/0001/"],
  ["monthUrl(2017, 10)", monthUrl(2017, 10), "dates", "/2017/10/"],
  ["dayUrl(2017, 10, 21)", dayUrl(2017, 10, 21), "dates", "/2017/10/21/"],
  [`articleUrl(2017-10-21T04:45-06:00, "${SLUG}")`, articleUrl(at("2017-10-21T04:45:00-06:00"), SLUG), "dates", `/2017/10/21/${SLUG}/`],
  // 23:30 in Edmonton is the 22nd in UTC: a report is filed under its own day.
  [`articleUrl(2017-10-21T23:30-06:00, "${SLUG}")`, articleUrl(at("2017-10-21T23:30:00-06:00"), SLUG), "dates", `/2017/10/21/${SLUG}/`],
  ['reportFileUrl(article, "convoy.jpg")', reportFileUrl(`/2017/10/21/${SLUG}/`, "convoy.jpg"), "dates", `/2017/10/21/${SLUG}/convoy.jpg`],
  ['pageUrl("/2017/10/21/", 1)', pageUrl(dayUrl(2017, 10, 21), 1), "dates", "/2017/10/21/"],
  ['pageUrl("/2017/10/21/", 2)', pageUrl(dayUrl(2017, 10, 21), 2), "dates", "/2017/10/21/page/2/"],
  ['pageUrl("/2017/", 12)', pageUrl(yearUrl(2017), 12), "dates", "/2017/page/12/"],
  ["ARCHIVE_URL", ARCHIVE_URL, "archive", "/archive/"],
  ['entityListUrl("place")', entityListUrl("place"), "places", "/places/"],
  ['entityListUrl("place", "reports")', entityListUrl("place", "reports"), "places", "/places/by-reports/"],
  ['entityListUrl("person", "name")', entityListUrl("person", "name"), "people", "/people/"],
  ['entityListUrl("person", "reports")', entityListUrl("person", "reports"), "people", "/people/by-reports/"],
  ['entityListUrl("organization")', entityListUrl("organization"), "organizations", "/organizations/"],
  ['entityListUrl("organization", "reports")', entityListUrl("organization", "reports"), "organizations", "/organizations/by-reports/"],
  ['entityUrl({ kind: "place", id: "qaryatayn" })', entityUrl(qaryatayn), "places", "/places/qaryatayn/"],
  ['entityUrl({ kind: "person", id: "donald-trump" })', entityUrl({ kind: "person", id: "donald-trump" }), "people", "/people/donald-trump/"],
  ['entityUrl({ kind: "organization", id: "sohr" })', entityUrl({ kind: "organization", id: "sohr" }), "organizations", "/organizations/sohr/"],
  ['pageUrl("/places/qaryatayn/", 3)', pageUrl(entityUrl(qaryatayn), 3), "places", "/places/qaryatayn/page/3/"],
  ['entityTimelineUrl("/places/qaryatayn/")', entityTimelineUrl(entityUrl(qaryatayn)), "places", "/places/qaryatayn/timeline/"],
  ['entityFeedUrl("/places/qaryatayn/")', entityFeedUrl(entityUrl(qaryatayn)), "places", "/places/qaryatayn/feed.xml"],
  ["ARCHIVE_FEED", ARCHIVE_FEED, "feed", "/feed.xml"],
  ["SEARCH_URL", SEARCH_URL, "search", "/search/"],
  ["SEARCH_BUNDLES_FOLDER", SEARCH_BUNDLES_FOLDER, "search bundles", "/pagefind/"],
  ["searchBundleUrl(1)", searchBundleUrl(1), "search bundles", "/pagefind/"],
  ["searchBundleUrl(2)", searchBundleUrl(2), "search bundles", "/pagefind/shard-2/"],
  ["searchBundleUrl(10)", searchBundleUrl(10), "search bundles", "/pagefind/shard-10/"],
  ["API_INDEX", API_INDEX, "api", "/api/index.json"],
  ["API_ENTITIES", API_ENTITIES, "api", "/api/entities.json"],
  ["apiArticlesPage(1)", apiArticlesPage(1), "api", "/api/articles/1.json"],
  ["apiArticlesPage(12)", apiArticlesPage(12), "api", "/api/articles/12.json"],
  ["ASSETS_FOLDER", ASSETS_FOLDER, "assets", "/assets/"],
  ['assetUrl("site", "1a2b3c4d5e", ".css")', assetUrl("site", "1a2b3c4d5e", ".css"), "assets", "/assets/site.1a2b3c4d5e.css"],
  ['assetUrl("favicon", "0f0f0f0f0f", ".svg")', assetUrl("favicon", "0f0f0f0f0f", ".svg"), "assets", "/assets/favicon.0f0f0f0f0f.svg"],
  ["NOT_FOUND_URL", NOT_FOUND_URL, "not found", "/404.html"],
  ["SITEMAP_URL", SITEMAP_URL, "sitemap", "/sitemap.xml"],
  ['sitemapUrl("2017")', sitemapUrl("2017"), "sitemap", "/sitemap-2017.xml"],
  ['sitemapUrl("2017-2")', sitemapUrl("2017-2"), "sitemap", "/sitemap-2017-2.xml"],
  ['sitemapUrl("news")', sitemapUrl("news"), "sitemap", "/sitemap-news.xml"],
  ["ROBOTS_URL", ROBOTS_URL, "robots", "/robots.txt"],
  ["HEADERS_URL", HEADERS_URL, "headers", "/_headers"],
  ["REDIRECTS_URL", REDIRECTS_URL, "redirects", "/_redirects"],
];

/** The helpers that are not site paths themselves. */
const HELPERS: [string, string, string][] = [
  ["formatYear(2017)", formatYear(2017), "2017"],
  ["formatYear(1)", formatYear(1), "0001"],
  ["folderUrl([])", folderUrl([]), "/"],
  ['folderUrl(["2017", "10"])', folderUrl(["2017", "10"]), "/2017/10/"],
  ['outputPath("/")', outputPath("/"), "/index.html"],
  ['outputPath("/2017/10/21/x/")', outputPath("/2017/10/21/x/"), "/2017/10/21/x/index.html"],
  ['outputPath("/feed.xml")', outputPath("/feed.xml"), "/feed.xml"],
  ["INDEX_FILE", INDEX_FILE, "index.html"],
  ['siteOwner("/search/index.html")', String(siteOwner("/search/index.html")), "search page"],
  ['isSearchBundle("/pagefind/shard-2/")', String(isSearchBundle("/pagefind/shard-2/")), "true"],
  ['isSearchBundle("/pagefind/../x/")', String(isSearchBundle("/pagefind/../x/")), "false"],
];

describe("routes", () => {
  test.each(ROUTES)("%s -> %s", (_call, url, _part, expected) => {
    expect(url).toBe(expected);
  });

  test.each(HELPERS)("%s -> %s", (_call, value, expected) => {
    expect(value).toBe(expected);
  });

  test("every export of src/routes.ts has a row above", () => {
    const named = new Set([...ROUTES, ...HELPERS].map(([call]) => call.split("(")[0]));
    // Not routes themselves: the kind folders (checked next) and the reserved slugs (checked below).
    const covered = Object.keys(routes).filter((name) => !["KIND_FOLDERS", "RESERVED_SLUGS", "RESERVED_ENTITY_IDS"].includes(name));
    expect(covered.filter((name) => !named.has(name))).toEqual([]);
  });

  // The registry of claimed URLs (src/urls/url-claims.ts) keeps content off every route but a report's own.
  test.each(ROUTES.filter(([call]) => !/^(?:articleUrl|reportFileUrl)\(/.test(call)))("%s is the site's own: no content may claim it", (_call, url) => {
    expect(siteOwner(outputPath(url))).not.toBeNull();
  });

  test.each(ROUTES.filter(([call]) => /^(?:articleUrl|reportFileUrl)\(/.test(call)))("%s is a report's: content claims it", (_call, url) => {
    expect(siteOwner(outputPath(url))).toBeNull();
  });

  test("KIND_FOLDERS names the folder of each kind's list", () => {
    for (const [kind, folder] of Object.entries(routes.KIND_FOLDERS)) {
      expect(entityListUrl(kind as keyof typeof routes.KIND_FOLDERS)).toBe(`/${folder}/`);
    }
  });
});

describe("names no content can claim", () => {
  const topLevel = (url: string) => url.split("/")[1]!;

  test("each top-level name belongs to one part of the site", () => {
    const parts = new Map<string, Set<string>>();
    for (const [, url, part] of ROUTES) parts.set(topLevel(url), (parts.get(topLevel(url)) ?? new Set()).add(part));
    expect([...parts].filter(([, of]) => of.size > 1)).toEqual([]);
  });

  // Reports are filed below /YYYY/MM/DD/ and entities below their kind's folder: no slug or id
  // stands at the top level, so a top-level folder only has to differ from every year.
  test("no top-level folder but a date's is a four-digit year", () => {
    const names = ROUTES.filter(([, , part]) => part !== "dates").map(([, url]) => topLevel(url));
    expect(names.filter((name) => /^\d{4}$/.test(name))).toEqual([]);
  });

  test("every folder a route puts inside a day's folder, beside the reports, is a reserved slug", () => {
    const besideReports = new Set<string>();
    for (const [, url] of ROUTES) {
      const inDay = /^\/\d{4}\/\d{2}\/\d{2}\/([^/]+)\//.exec(url)?.[1];
      if (inDay && inDay !== SLUG) besideReports.add(inDay);
    }
    expect([...besideReports]).not.toEqual([]);
    for (const name of besideReports) expect(RESERVED_SLUGS.has(name), name).toBe(true);
  });
});
