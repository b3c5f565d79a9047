// The first stages of the pipeline (src/pipeline.ts), in order: read -> parse -> link -> index.
// Only `loadArchive` touches the disk (through the read stage); `buildArchive` is pure, so tests
// can feed it files made in memory.
import { linkArticles, type LinkPolicy } from "./entities/link-articles.ts";
import { parseGazetteer } from "./entities/parse-gazetteer.ts";
import type { GazetteerFile, ReadOptions, SkippedFile } from "./read/read-content.ts";
import { buildDateIndex } from "./indexes/build-date-index.ts";
import { buildEntityIndex } from "./indexes/build-entity-index.ts";
import { checkCollisions } from "./indexes/check-collisions.ts";
import { buildRelatedReports } from "./indexes/related-reports.ts";
import { sortNewestFirst } from "./indexes/sort-articles.ts";
import { parseReport, type ParseOptions } from "./parse/parse-report.ts";
import { readContent } from "./read/read-content.ts";
import type { Archive, ArticleRecord, Diagnostic, SourceFile } from "./types.ts";

export interface PipelineResult {
  archive: Archive;
  /** Every problem found, in file order. A build with any error must not be published. */
  diagnostics: Diagnostic[];
  /** Files in the content folders that were not read, with the reason. */
  skipped: SkippedFile[];
  reportCount: number;
}

export interface PipelineOptions extends ParseOptions {
  linkPolicy: LinkPolicy;
}

export const DEFAULT_OPTIONS: PipelineOptions = { defaultZone: "UTC", linkPolicy: "first" };

export function buildArchive(
  files: readonly SourceFile[],
  gazetteerFiles: readonly GazetteerFile[] = [],
  options: PipelineOptions = DEFAULT_OPTIONS,
): { archive: Archive; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const records: ArticleRecord[] = [];
  for (const file of files) {
    const parsed = parseReport(file, options);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.record) records.push(parsed.record);
  }
  diagnostics.push(...checkCollisions(records));
  const gazetteer = parseGazetteer(gazetteerFiles);
  diagnostics.push(...gazetteer.diagnostics);
  const linked = linkArticles(records, gazetteer.entities, options.linkPolicy);
  diagnostics.push(...linked.diagnostics);
  const articles = sortNewestFirst(linked.articles);
  const archive: Archive = {
    articles,
    entities: gazetteer.entities,
    entityPages: buildEntityIndex(articles, gazetteer.entities),
    related: Object.fromEntries(buildRelatedReports(articles)),
    dates: buildDateIndex(articles),
  };
  return { archive, diagnostics };
}

export function loadArchive(contentDir: string, options: PipelineOptions = DEFAULT_OPTIONS, readOptions: ReadOptions = {}): PipelineResult {
  const read = readContent(contentDir, process.cwd(), readOptions);
  const built = buildArchive(read.reports, read.gazetteer, options);
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
