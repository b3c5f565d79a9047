// The plain, JSON-able records the pipeline stages pass to each other, defined once.

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
  | "headline-missing"
  | "body-empty"
  | "slug-invalid"
  | "id-collision"
  | "url-collision";

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
}

/** Everything the site is built from, the output of the pure stages. */
export interface Archive {
  /** Newest first; ties broken by id so the order is stable. */
  articles: ArticleRecord[];
}
