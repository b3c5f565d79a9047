// Site-wide settings from the CLI, checked once, and the URL helpers every template uses.
import { quote } from "../diagnostics/catalog.ts";

export interface SiteOptions {
  title: string;
  description: string;
  /** Absolute origin (and path) the site is served from, without the path prefix: "https://example.org". */
  siteUrl: string;
  /** Folder the site is served under, always with leading and trailing slash: "/" or "/news/". */
  pathPrefix: string;
  /** The reports' language, a BCP 47 tag ("en", "pt-BR"): the pages' lang, the feeds', JSON-LD's and search's. */
  language: string;
  /** Reports per page of a paged list (an entity's timeline, a year, month or day). */
  pageSize: number;
  /** Which optional parts of the site are built (the report pages, home page and 404 always are). */
  parts: SiteParts;
  /** Fingerprinted asset paths by file name, filled in by the Eleventy plugin. */
  assets?: Record<string, string>;
}

/**
 * The parts of the site an editor can leave out (the settings file's `pages` and `feeds`):
 * dates, the date archive (/archive/, years, months, days); entities, a page per place, person
 * and organization, and their lists; search, the search page and index; api, the JSON files;
 * archiveFeed and entityFeeds, the Atom feeds. A part left out is not linked from any page.
 */
export interface SiteParts {
  dates: boolean;
  entities: boolean;
  search: boolean;
  api: boolean;
  archiveFeed: boolean;
  entityFeeds: boolean;
}

export const ALL_PARTS: SiteParts = { dates: true, entities: true, search: true, api: true, archiveFeed: true, entityFeeds: true };

/** The settings file's names for the optional page kinds and the feeds. */
export const PAGE_KINDS = ["dates", "entities", "search", "api"] as const;
export const FEED_KINDS = ["archive", "entities"] as const;

/** The parts to build from the settings' `pages` and `feeds` lists (a list not given: all of its kind). */
export function siteParts(pages: readonly (typeof PAGE_KINDS)[number][] = PAGE_KINDS, feeds: readonly (typeof FEED_KINDS)[number][] = FEED_KINDS): SiteParts {
  return {
    dates: pages.includes("dates"),
    entities: pages.includes("entities"),
    search: pages.includes("search"),
    api: pages.includes("api"),
    archiveFeed: feeds.includes("archive"),
    entityFeeds: feeds.includes("entities"),
  };
}

export const DEFAULT_SITE: SiteOptions = {
  title: "Dateline",
  description: "An archive of news wire reports, linked by place, person, organization and date.",
  siteUrl: "http://localhost:8080",
  pathPrefix: "/",
  language: "en",
  pageSize: 50,
  parts: ALL_PARTS,
};

/**
 * A folder path: an optional leading slash, then segments of letters, digits and - _ . ~, each ended
 * by one slash, the last one optionally not. Written so that each character has one place to go: the
 * old `^\/?([A-Za-z0-9._~-]+\/?)*$` could split "aaaa" into segments 2^n ways, and tried them all
 * before refusing "/aaaa…a!" (a 47-character prefix took 251 s).
 */
const FOLDER_PATH = /^\/?(?:[A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*$/;

/** Check and normalise --site-url and --path-prefix; throws with the fix, since this is the user's command line. */
export function makeSiteOptions(input: Partial<Omit<SiteOptions, "assets">>): SiteOptions {
  const siteUrl = withoutTrailingSlashes(input.siteUrl ?? DEFAULT_SITE.siteUrl);
  // URL() drops tabs and line breaks silently, but the address is written as given: into robots.txt, feed ids, every canonical link.
  // (A space is not refused here: the settings file and --site-url both ask for the address's normal form, with %20.)
  if (/[\p{Cc}\u2028\u2029]/u.test(siteUrl)) throw new Error(`--site-url ${quote(siteUrl)} has a line break or a control character. Write it on one line, as https://example.org.`);
  let parsed: URL;
  try {
    parsed = new URL(siteUrl);
  } catch {
    throw new Error(`--site-url ${quote(siteUrl)} is not an absolute URL. Write it as https://example.org.`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`--site-url ${quote(siteUrl)} must start with http:// or https://.`);
  }
  const prefix = (input.pathPrefix ?? "/").trim();
  const segments = prefix.split("/").filter(Boolean);
  if (!FOLDER_PATH.test(prefix) || segments.some((s) => s === "." || s === "..")) {
    throw new Error(`--path-prefix ${quote(prefix)} is not a folder path. Write it as /news/ (letters, digits, - _ . ~ and slashes; no . or .. segments).`);
  }
  const pathPrefix = `/${prefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  let language: string;
  try {
    language = Intl.getCanonicalLocales(input.language ?? DEFAULT_SITE.language)[0]!;
  } catch {
    throw new Error(`The language ${quote(input.language)} is not a language tag. Write it as en, de or pt-BR.`);
  }
  const pageSize = input.pageSize ?? DEFAULT_SITE.pageSize;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`The page size ${quote(pageSize)} is not a whole number of reports. Write it as 50.`);
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== ""));
  return { ...DEFAULT_SITE, ...given, siteUrl, pathPrefix, language, pageSize };
}

/** The text without the slashes that end it. A loop: /\/+$/ rescans a long run of slashes from each of them. */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "/") end--;
  return text.slice(0, end);
}

/** A site path ("/2017/10/21/x/") as a link that works under the path prefix ("/news/2017/10/21/x/"). */
export function href(site: SiteOptions, path: string): string {
  return site.pathPrefix + path.replace(/^\/+/, "");
}

/** The link to one of the site's own assets ("site.css"), by its fingerprinted name. */
export function assetHref(site: SiteOptions, name: string): string {
  const fingerprinted = site.assets?.[name];
  if (!fingerprinted) throw new Error(`No asset ${JSON.stringify(name)} in layouts/assets/.`);
  return href(site, fingerprinted);
}

/** The same path as an absolute URL, for canonical links and feeds. */
export function absoluteUrl(site: SiteOptions, path: string): string {
  return site.siteUrl + href(site, path);
}
