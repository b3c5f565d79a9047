// Every URL of the site, built in one place from typed arguments: reports and the date archive,
// entity pages and lists, feeds, the JSON API, assets, the search bundles and the single pages.
// These are site paths, without the path prefix: href() in src/site/site-options.ts adds it.
// Years are always written with four digits (/0001/, never /1/), so paths sort and read alike.
import type { DateTime } from "luxon";
import type { Entity, EntityKind } from "./types.ts";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The home page. */
export const HOME_URL = "/";

/** A folder from its segments: [] -> "/", ["2017", "10"] -> "/2017/10/". */
export function folderUrl(segments: readonly string[]): string {
  return `/${segments.map((segment) => `${segment}/`).join("")}`;
}

/** "2017", "0001": a year as every URL and label writes it. */
export const formatYear = (year: number) => String(year).padStart(4, "0");

export const yearUrl = (year: number) => `/${formatYear(year)}/`;
export const monthUrl = (year: number, month: number) => `${yearUrl(year)}${pad2(month)}/`;
export const dayUrl = (year: number, month: number, day: number) => `${monthUrl(year, month)}${pad2(day)}/`;

/** /YYYY/MM/DD/<slug>/, the date taken in the report's own zone. */
export function articleUrl(published: DateTime, slug: string): string {
  return `${dayUrl(published.year, published.month, published.day)}${slug}/`;
}

/** A file published beside a report's page (an image it shows): /2017/10/21/slug/convoy.jpg. */
export const reportFileUrl = (articleUrl: string, name: string) => `${articleUrl}${name}`;

/** The folder a paged list continues in. */
const PAGE_FOLDER = "page";

/** Page n of a paged list: page 1 at the list's own URL, page n at <base>page/n/. */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}${PAGE_FOLDER}/${number}/`;
}

/**
 * Slugs no report may take: the folders a route puts inside a day's folder, beside its reports (a
 * long day's list continues at /YYYY/MM/DD/page/2/). Only a day's folder needs them: a slug never
 * stands anywhere else, and the site's top-level folders cannot be a four-digit year.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([PAGE_FOLDER]);

/** Entity lists are published in two orders, each at its own URL. */
export type ListOrder = "name" | "reports";

/** The folder of each kind: its list is /places/, an entity's page /places/qaryatayn/. */
export const KIND_FOLDERS: Record<EntityKind, string> = { place: "places", person: "people", organization: "organizations" };

/** Where a kind's list by number of reports is, inside the kind's folder beside the entities' pages. */
const BY_REPORTS_FOLDER = "by-reports";

/** Entity ids that would be the URL of a list page: the gazetteer refuses them. */
export const RESERVED_ENTITY_IDS: ReadonlySet<string> = new Set([BY_REPORTS_FOLDER]);

/** A kind's list: by name at its folder, by number of reports in by-reports/ inside it. */
export function entityListUrl(kind: EntityKind, order: ListOrder = "name"): string {
  const list = folderUrl([KIND_FOLDERS[kind]]);
  return order === "name" ? list : `${list}${BY_REPORTS_FOLDER}/`;
}

/** An entity's page, inside its kind's folder: /places/qaryatayn/. */
export const entityUrl = ({ kind, id }: Pick<Entity, "kind" | "id">) => `${entityListUrl(kind)}${id}/`;

/** An entity's reports oldest first, inside its folder: /places/qaryatayn/timeline/ (its page lists them newest first). */
export const entityTimelineUrl = (entityUrl: string) => `${entityUrl}timeline/`;

/** An entity's feed lives beside its page: /places/qaryatayn/feed.xml. */
export const entityFeedUrl = (entityUrl: string) => `${entityUrl}feed.xml`;

/** The date archive's front page. */
export const ARCHIVE_URL = "/archive/";

/** Where the search page is. */
export const SEARCH_URL = "/search/";

/** The whole archive's feed. */
export const ARCHIVE_FEED = "/feed.xml";

/** The page hosts serve for an address that has none. */
export const NOT_FOUND_URL = "/404.html";

/** The sitemap index robots.txt names; it lists the child sitemaps. */
export const SITEMAP_URL = "/sitemap.xml";
/** A child sitemap: "2017" -> /sitemap-2017.xml (a year's pages), "2017-2" its second part, "site" the pages of no year, "news" the latest reports. */
export const sitemapUrl = (part: string) => `/sitemap-${part}.xml`;
export const ROBOTS_URL = "/robots.txt";

/** Response headers, read by Netlify and Cloudflare Pages. */
export const HEADERS_URL = "/_headers";
/** Netlify's and Cloudflare Pages' redirect rules: a report's old addresses to its page. */
export const REDIRECTS_URL = "/_redirects";

/** The JSON API's folder and files (documented in the README). */
const API_FOLDER = "/api/";
export const API_INDEX = `${API_FOLDER}index.json`;
export const API_ENTITIES = `${API_FOLDER}entities.json`;
export const apiArticlesPage = (n: number) => `${API_FOLDER}articles/${n}.json`;

/** The site's own fingerprinted files: one folder, so hosts can cache it for a year. */
export const ASSETS_FOLDER = "/assets/";

/** A fingerprinted asset: ("site", "1a2b3c4d5e", ".css") -> /assets/site.1a2b3c4d5e.css. */
export const assetUrl = (stem: string, hash: string, extension: string) => `${ASSETS_FOLDER}${stem}.${hash}${extension}`;

/** Pagefind's bundles, every shard's inside one folder. */
export const SEARCH_BUNDLES_FOLDER = "/pagefind/";

/** Search shard n's bundle: the first at /pagefind/, the others at /pagefind/shard-n/. */
export const searchBundleUrl = (shard: number) => (shard === 1 ? SEARCH_BUNDLES_FOLDER : `${SEARCH_BUNDLES_FOLDER}shard-${shard}/`);

/** Whether a URL is a search shard's bundle folder, exactly as searchBundleUrl writes one. */
export const isSearchBundle = (url: string) => /^\/pagefind\/(?:shard-[1-9]\d*\/)?$/.test(url);

/** The file a folder URL is served from. */
export const INDEX_FILE = "index.html";

/** Where a URL is written in the output folder: "/2017/" -> "/2017/index.html"; "/feed.xml" as it is. */
export const outputPath = (url: string) => (url.endsWith("/") ? `${url}${INDEX_FILE}` : url);

/** Files at the site's root that are the site's own (the home page's file among them). */
const OWN_FILES: ReadonlyMap<string, string> = new Map([
  [outputPath(HOME_URL), "home page"],
  [ARCHIVE_FEED, "feed"],
  [NOT_FOUND_URL, "page for a missing address"],
  [ROBOTS_URL, "robots.txt"],
  [HEADERS_URL, "headers file for hosts"],
  [REDIRECTS_URL, "redirect rules for hosts"],
]);

/** Folders whose every file is the site's own. */
const OWN_FOLDERS: readonly [string, string][] = [
  [ARCHIVE_URL, "date archive"],
  [SEARCH_URL, "search page"],
  [SEARCH_BUNDLES_FOLDER, "search index"],
  [ASSETS_FOLDER, "assets (CSS, scripts, icons)"],
  [API_FOLDER, "JSON API"],
  ...Object.values(KIND_FOLDERS).map((folder) => [folderUrl([folder]), `${folder} pages`] as [string, string]),
];

// A year, month or day page, or a page of one's paged list: /2017/index.html, /2017/10/21/page/2/...
// (reports sit beside them, at /YYYY/MM/DD/<slug>/).
const DATE_PAGE = /^\/\d{4}\/(?:\d{2}\/(?:\d{2}\/)?)?(?:index\.html$|page\/)/;
// Every sitemap file the site may write (one, or an index of several).
const SITEMAP_FILE = /^\/sitemap[\w-]*\.xml$/;

/**
 * Which of the site's own parts a file path (an output path, "/search/index.html") belongs to, or
 * null when content may claim it: the routes no report, redirect or withdrawn page may take.
 * Compared case-blind, as a case-blind file system would overwrite one with the other.
 */
export function siteOwner(file: string): string | null {
  const lower = file.toLowerCase();
  const own = OWN_FILES.get(lower);
  if (own) return own;
  if (SITEMAP_FILE.test(lower)) return "sitemap";
  if (DATE_PAGE.test(lower)) return "date pages";
  return OWN_FOLDERS.find(([folder]) => lower.startsWith(folder))?.[1] ?? null;
}
