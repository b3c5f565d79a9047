// The pipeline, in order: read -> parse -> index. Only `loadArchive` touches the disk (through the
// read stage); `buildArchive` is pure, so tests can feed it files made in memory.
import { checkCollisions } from "./indexes/check-collisions.ts";
import { sortNewestFirst } from "./indexes/sort-articles.ts";
import { parseReport, type ParseOptions } from "./parse/parse-report.ts";
import { readContent } from "./read/read-content.ts";
import type { Archive, ArticleRecord, Diagnostic, SourceFile } from "./types.ts";

export interface PipelineResult {
  archive: Archive;
  /** Every problem found, in file order. A build with any error must not be published. */
  diagnostics: Diagnostic[];
  /** Files in the reports folder that are not reports. */
  skipped: string[];
  reportCount: number;
}

export const DEFAULT_PARSE_OPTIONS: ParseOptions = { defaultZone: "UTC" };

export function buildArchive(files: readonly SourceFile[], options: ParseOptions = DEFAULT_PARSE_OPTIONS) {
  const diagnostics: Diagnostic[] = [];
  const articles: ArticleRecord[] = [];
  for (const file of files) {
    const parsed = parseReport(file, options);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.record) articles.push(parsed.record);
  }
  diagnostics.push(...checkCollisions(articles));
  return { archive: { articles: sortNewestFirst(articles) }, diagnostics };
}

export function loadArchive(contentDir: string, options: ParseOptions = DEFAULT_PARSE_OPTIONS): PipelineResult {
  const read = readContent(contentDir);
  const built = buildArchive(read.reports, options);
  return {
    archive: built.archive,
    diagnostics: sortDiagnostics([...read.diagnostics, ...built.diagnostics]),
    skipped: read.skipped,
    reportCount: read.reportFileCount,
  };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
