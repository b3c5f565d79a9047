// The plain, JSON-able records the pipeline stages pass to each other, defined once.
import type { DateIndex } from "./indexes/build-date-index.ts";
import type { EntityPage } from "./indexes/build-entity-index.ts";
import type { DuplicateIndex } from "./indexes/near-duplicates.ts";
import type { RelatedIndex } from "./indexes/related-reports.ts";

/** A problem found in the content: data with a place, never an exception. */
export interface Diagnostic {
  /** Path of the file as the user typed it (relative to the working folder where possible). */
  file: string;
  /** 1-based line in that file; absent when the problem is about the whole file or folder. */
  line?: number;
  rule: RuleId;
  severity: "error" | "warning";
  /** What is wrong, repeating the bad value. */
  message: string;
  /** What to do about it. */
  hint: string;
}

export type RuleId =
  | "content-missing"
  | "reports-missing"
  | "not-utf8"
  | "empty-file"
  | "yaml-invalid"
  | "front-matter-not-mapping"
  | "front-matter-unknown-field"
  | "front-matter-type"
  | "date-missing"
  | "date-unparseable"
  | "date-impossible"
  | "timezone-unknown"
  | "date-line-zone-unknown"
  | "config-invalid"
  | "redirect-invalid"
  | "withdrawn-invalid"
  | "url-lock-invalid"
  | "headline-missing"
  | "body-empty"
  | "slug-invalid"
  | "slug-reserved"
  | "id-collision"
  | "url-collision"
  | "gazetteer-invalid"
  | "entity-duplicate-id"
  | "entity-alias-conflict"
  | "entity-kind-unknown"
  | "entity-coordinates-invalid"
  | "entity-field-invalid"
  | "entity-unknown-id"
  | "front-matter-language"
  | "front-matter-unclosed"
  | "control-character"
  | "date-out-of-range"
  | "slug-too-long"
  | "entity-not-plain-text"
  | "entity-alias-common-word"
  | "unreadable"
  | "reports-empty"
  | "image-invalid"
  | "image-missing"
  | "file-too-large"
  | "symlink-out-of-content";

/** A report file as read from disk: the only record the read stage produces. */
export interface SourceFile {
  /** Display path, relative to the working folder. */
  path: string;
  /** File name without extension: the report's stable id. */
  id: string;
  format: "text" | "markdown";
  /** Decoded UTF-8 text (without a byte-order mark). */
  text: string;
}

/** A line of the raw text that the parser set aside, kept so that nothing is dropped silently. */
export interface RemovedLine {
  line: number;
  rule: string;
  text: string;
}

export interface Dateline {
  /** As written, e.g. "BEIRUT (AP)". */
  text: string;
  /** The place, e.g. "BEIRUT". */
  place: string;
  /** A region or country after the place, e.g. "Syria" in "DAMASCUS, Syria". */
  region: string | null;
}

/** The article record: what every later stage (linking, indexes, pages) works from. */
export interface ArticleRecord {
  id: string;
  slug: string;
  /** Site-relative URL without any path prefix, e.g. "/2017/10/21/some-slug/". */
  url: string;
  headline: string;
  /** ISO 8601 with the offset of the report's own zone, e.g. "2017-10-21T04:45:00.000-06:00". */
  published: string;
  /** "minute" when a time of day is known, "day" when only the date is. */
  precision: "minute" | "day";
  /** IANA zone name or fixed offset ("UTC", "UTC-6") the date is shown and indexed in. */
  zone: string;
  /**
   * The zone of the report's time is known (front matter's `timezone:`, or the copy's "4:45 AM
   * MDT" or offset), so its instant is: the link stage shows and files it in its dateline place's
   * zone instead, when the gazetteer gives the place one.
   */
  zoneStated?: true;
  /** When the link stage did so: the time and zone the report's time was written in, for the facts box. */
  written?: { published: string; zone: string };
  dateline: Dateline | null;
  byline: string | null;
  /** The agency or publisher the text or front matter names; null when none is known. */
  source: string | null;
  /** Body paragraphs: plain text for .txt reports, markdown source for .md reports. */
  paragraphs: string[];
  format: "text" | "markdown";
  /** First paragraph, as plain text. */
  summary: string;
  wordCount: number;
  sourcePath: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  removed: RemovedLine[];
  /** Entity ids the front matter names (`entities: [...]`) for what the text implies but never names. */
  declaredEntities: string[];
  /** Front matter `canonical: true`: of the copies of one story, this one is the original. */
  canonical?: true;
  /** Front matter `draft: true`: never published, unless a build is asked for drafts. */
  draft?: true;
  /** Front matter `embargo:`, ISO 8601 with an offset: held back until then. */
  embargo?: string;
  /** When it was last changed after publication: front matter `updated:`, or the text's "Updated ..." line. */
  updated?: { at: string; precision: "minute" | "day" };
  /** Front matter `corrections:`, oldest first: each note with its date (ISO 8601, a day or a date-time). */
  corrections?: { date: string; note: string }[];
  /** Front matter `slug:` set the URL's last part (a move on purpose, which the URL lock follows). */
  slugSet?: true;
  /** Front matter `redirect_from:`: site paths the report was published at before, redirected to its page. */
  redirectFrom?: string[];
  /** The line of the front matter's `redirect_from:`, for problems with those paths. */
  redirectFromLine?: number;
  /** Front matter `withdrawn:`: taken back on this date (ISO 8601 day or date-time), for this reason. */
  withdrawn?: { date: string; note: string };
  /** The line of the front matter's `entities:` field, for problems with those ids. */
  declaredEntitiesLine: number;
  /** The images a markdown body shows, in order (none: the field is left out). */
  images?: ReportImage[];
}

/** An image file among the reports: published beside the page of each report that shows it. */
export interface ContentImage {
  /** Absolute path. */
  file: string;
  /** Display path, as a report's images name it. */
  path: string;
  /** Its size and last change, for a rebuild to tell whether the copy it made is still the file's. */
  size: number;
  modified: number;
  /** Its width and height in pixels, read from the file's header; null when the file is not an image of its type. */
  pixels: { width: number; height: number } | null;
}

/** An image a report shows: a content file beside the report, published beside its page. */
export interface ReportImage {
  /** As the body writes it (percent-encoded, as markdown-it gives it): what the renderer looks up. */
  src: string;
  /** The content file, a display path like the report's own. */
  file: string;
  /** The file's name beside the report's page: lower case, URL-safe ("convoy-photo.jpg"). */
  name: string;
  alt: string;
  line: number;
}

export type EntityKind = "place" | "person" | "organization";

/** One entry of the gazetteer an editor maintains in content/entities/. */
export interface Entity {
  /** Also the URL slug: /places/<id>/. */
  id: string;
  kind: EntityKind;
  name: string;
  /** Other spellings, as the editor wrote them. */
  aliases: string[];
  /**
   * Words that refer to it without naming it ("Russian" for Russia): counted as mentions of it,
   * so the report is listed on its page, but never linked and never shown as a spelling of it.
   */
  adjectives: string[];
  description: string;
  /** [latitude, longitude] in decimal degrees, for places where known. */
  coordinates: [number, number] | null;
  /** A place's IANA time zone ("Asia/Beirut"), where the gazetteer gives it. */
  timezone: string | null;
  wikidata: string | null;
  wikidataSource: string | null;
  /** Site-relative URL, e.g. "/places/qaryatayn/". */
  url: string;
  sourcePath: string;
  line: number;
}

/** One place in a report's text where an entity is named. */
export interface Mention {
  entity: string;
  /** The text as written, e.g. "Al-Qaryatain". */
  text: string;
  /** Which text segment: -1 is the headline, 0.. are the body's segments (see bodySegments). */
  segment: number;
  /** UTF-16 offsets in that segment's plain text. */
  start: number;
  end: number;
  /** Whether the page links this mention (the link policy decides: by default the first per entity). */
  linked: boolean;
  /** An adjective of the entity ("Russian"), not its name: never linked. */
  adjective?: true;
}

/** An article after the link stage: its mentions, and every entity it is about. */
export interface LinkedArticle extends ArticleRecord {
  mentions: Mention[];
  /** The entity the dateline's place names in full ("BEIRUT" -> beirut), if the gazetteer has it. */
  datelineEntity: string | null;
  /** The entity the source names in full ("The Associated Press"), if the gazetteer has it. */
  sourceEntity: string | null;
  /** Distinct entity ids named, filed from, reported by or declared, in first-mention order. */
  entityIds: string[];
}

/** How a report names one entity it is about, worked out by the link stage for the entity's page. */
export interface EntityRef {
  id: string;
  /** "mention": named in the text; else it is filed from it, is by it, or an editor declared it. */
  role: "mention" | "dateline" | "source" | "declared";
  /** The sentence of the first mention (the body's before the headline's); "" when not named. */
  sentence: string;
  /** How many times the text names it. */
  mentions: number;
  /** Each spelling as written, with how often, in first-seen order. */
  spellings: [text: string, count: number][];
}

/** What is known about a linked report besides its text: all that feeds, lists and metadata show. */
export type ArticleFacts = Omit<LinkedArticle, "paragraphs" | "mentions">;

/**
 * A report as the index stage and every list, feed and timeline know it: the linked record
 * without its body and mention offsets, which stay in the record store under `key` until the
 * report's own page, its API entry or its search record needs them. About 1-2 KB a report, so
 * 100,000 reports fit in memory where their bodies would not.
 */
export interface ArchiveEntry extends ArticleFacts {
  /** The content key the full record is stored under (see src/store/). */
  key: string;
}

/**
 * What the link stage gives the index stage for one report: its entry, and how it names each
 * entity in entityIds, in that order. The refs feed the entity pages alone, so they are kept apart
 * from the entry and are not held once the entity index is built.
 */
export interface LinkedEntry {
  entry: ArchiveEntry;
  refs: EntityRef[];
  /** The text's MinHash signature (indexes/text-fingerprint.ts): finds copies of one story. */
  fingerprint: number[];
}

/** Where the full records of an archive's reports are kept. */
export interface RecordReader {
  read(entry: Pick<ArchiveEntry, "key" | "sourcePath">): LinkedArticle;
}

/** Everything the site is built from, the output of the pure stages. */
export interface Archive {
  /** Newest first; ties broken by id so the order is stable. */
  articles: ArchiveEntry[];
  /** The reports' full records, for the pages that show a body. */
  records: RecordReader;
  entities: Entity[];
  /** Per entity: its reports oldest first, spellings, companions (built once by the index stage). */
  entityPages: EntityPage[];
  /** Per article id: the most related reports (see relatedReports for what a page shows of them). */
  related: RelatedIndex;
  /** Years, months and days that have reports, and each report's neighbours in time. */
  dates: DateIndex;
  /** Per report id with copies of its story in the archive: the copies, canonical first. */
  duplicates: DuplicateIndex;
  /** Reports taken back (front matter `withdrawn:`, or content/withdrawn.yaml for files that are gone): each gets a page saying so at its URL, and nothing else. */
  withdrawn: WithdrawnReport[];
  /** The image files the published reports show, by display path (ReportImage.file). */
  images: ReadonlyMap<string, ContentImage>;
}

/** A report taken back: what its page at its old URL says. */
export interface WithdrawnReport {
  url: string;
  /** Where withdrawn.yaml lists it (none for a report withdrawn in its own front matter). */
  line?: number;
  headline: string;
  published: string;
  zone: string;
  precision: "minute" | "day";
  withdrawn: { date: string; note: string };
}
