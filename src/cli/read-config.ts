// The site's settings file, dateline.config.json: title, description, language, address, path
// prefix, the zone for reports that name none, the link policy, the page size, and which page
// kinds and feeds to build. Checked with every problem named by file and line; the command line's
// flags override it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { closest, distance } from "fastest-levenshtein";
import { isMap, type Node } from "yaml";
import { z } from "zod";
import { problems as catalog } from "../diagnostics/catalog.ts";
import { mappingEntries, plainObject, readYaml } from "../parse/read-yaml.ts";
import { resolveZoneName } from "../parse/resolve-zone.ts";
import { FEED_KINDS, makeSiteOptions, PAGE_KINDS } from "../site/site-options.ts";
import type { Diagnostic } from "../types.ts";

export const CONFIG_FILE = "dateline.config.json";

const MIN_PAGE_SIZE = 5;
const MAX_PAGE_SIZE = 1000;

const schema = z
  .object({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    siteUrl: z.string().trim().min(1),
    pathPrefix: z.string().trim().min(1),
    /** The zone of reports whose front matter and date line name none (default UTC). */
    defaultZone: z.string().trim().refine((zone) => resolveZoneName(zone) !== null),
    /** Which mentions are links: the first of each entity (default) or all. */
    linkPolicy: z.enum(["first", "all"]),
    /** The reports' language, a BCP 47 tag. */
    language: z.string().trim().refine(isLanguageTag),
    /** Reports per page of a paged list. */
    pageSize: z.number().int().min(MIN_PAGE_SIZE).max(MAX_PAGE_SIZE),
    /** The optional page kinds to build (default all of them). */
    pages: z.array(z.enum(PAGE_KINDS)),
    /** The feeds to build (default both). */
    feeds: z.array(z.enum(FEED_KINDS)),
  })
  .partial()
  .strict();

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * A language tag ("en", "pt-BR", "sr-Latn") of a language Intl knows: the shape alone would let
 * "english" through (a well-formed 7-letter subtag); "en_US" is not even that.
 */
function isLanguageTag(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical !== undefined && languageNames.of(canonical) !== undefined;
  } catch {
    return false;
  }
}

export type SiteConfig = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape);
const EXPECTED: Record<string, string> = {
  title: "the site's name",
  description: "one line about the site",
  siteUrl: "an absolute URL such as https://archive.example.org",
  pathPrefix: "a folder such as /news/",
  defaultZone: "a zone such as Asia/Damascus or UTC+3",
  linkPolicy: '"first" or "all"',
  language: "a language tag such as en, de or pt-BR",
  pageSize: `a whole number from ${MIN_PAGE_SIZE} to ${MAX_PAGE_SIZE}`,
  pages: `a list of some of ${PAGE_KINDS.map((k) => JSON.stringify(k)).join(", ")}`,
  feeds: `a list of some of ${FEED_KINDS.map((k) => JSON.stringify(k)).join(", ")}`,
};

/**
 * The settings in `file` (or in dateline.config.json in `cwd`, if there is one: it is optional),
 * or every problem with it.
 */
export function readConfig(file: string | undefined, cwd = process.cwd()): { config: SiteConfig; diagnostics: Diagnostic[] } {
  const shown = file ?? CONFIG_FILE;
  const full = path.resolve(cwd, shown);
  if (!existsSync(full)) return file === undefined ? { config: {}, diagnostics: [] } : { config: {}, diagnostics: [catalog.configMissing({ file: shown, line: 1 }, shown, CONFIG_FILE)] };
  const { doc, lineCounter, problems } = readYaml(readFileSync(full, "utf8"));
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (problems.length > 0) return { config: {}, diagnostics: problems.map((p) => catalog.configNotJson({ file: shown, line: lineCounter.linePos(p.offset).line }, p.reason)) };
  if (!isMap(doc.contents)) return { config: {}, diagnostics: [catalog.configNotObject({ file: shown, line: 1 })] };
  const entries = mappingEntries(doc.contents);
  const lines = new Map(entries.map((e) => [e.key, lineOf(e.keyNode)]));
  const parsed = schema.safeParse(plainObject(entries));
  const diagnostics: Diagnostic[] = [];
  if (parsed.success) {
    // The address and folder are checked as the command line's are, with the same advice.
    for (const field of ["siteUrl", "pathPrefix"] as const) {
      const value = parsed.data[field];
      if (value === undefined) continue;
      try {
        makeSiteOptions({ [field]: value });
      } catch (error) {
        diagnostics.push(catalog.configValue({ file: shown, line: lines.get(field) ?? 1 }, field, value, EXPECTED[field]!));
        void error;
      }
    }
    // An entity's feed links to the entity's page: it needs the page.
    if (parsed.data.feeds?.includes("entities") && parsed.data.pages && !parsed.data.pages.includes("entities")) {
      diagnostics.push(catalog.configFeedWithoutPages({ file: shown, line: lines.get("feeds") ?? 1 }));
    }
    return { config: diagnostics.length > 0 ? {} : parsed.data, diagnostics };
  }
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const near = closest(key, FIELDS);
        diagnostics.push(catalog.configUnknownSetting({ file: shown, line: lines.get(key) ?? 1 }, key, FIELDS, distance(key, near) <= 2 ? near : null));
      }
      continue;
    }
    const field = String(issue.path[0]);
    const value = entries.find((e) => e.key === field)?.value;
    diagnostics.push(catalog.configValue({ file: shown, line: lines.get(field) ?? 1 }, field, value, EXPECTED[field]!));
  }
  return { config: {}, diagnostics };
}
