// The first stages of the pipeline (src/pipeline.ts), in order: read -> parse -> link -> index.
// Only `loadArchive` touches the disk (through the read stage); `buildArchive` is pure, so tests
// can feed it files made in memory.
import { linkArticles, type LinkPolicy } from "./entities/link-articles.ts";
import { parseGazetteer } from "./entities/parse-gazetteer.ts";
import type { ContentFiles, GazetteerFile, ReadOptions, SkippedFile } from "./read/read-content.ts";
import { buildDateIndex } from "./indexes/build-date-index.ts";
import { buildEntityIndex } from "./indexes/build-entity-index.ts";
import { checkCollisions } from "./indexes/check-collisions.ts";
import { buildRelatedReports } from "./indexes/related-reports.ts";
import { sortNewestFirst } from "./indexes/sort-articles.ts";
import { parseReport, type ParseOptions } from "./parse/parse-report.ts";
import { readContent } from "./read/read-content.ts";
import type { Archive, ArticleRecord, Diagnostic, Entity, LinkedArticle, SourceFile } from "./types.ts";
import type { WorkerPool } from "./workers/worker-pool.ts";

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
  const gazetteer = parseGazetteer(gazetteerFiles);
  const linked = parseAndLink(files, gazetteer.entities, options);
  return indexArchive([linked], gazetteer);
}

/**
 * Parse and link some reports: each report on its own, so shards of the reports can run on
 * several threads (src/workers/) and be put back together in order.
 */
export function parseAndLink(files: readonly SourceFile[], entities: readonly Entity[], options: PipelineOptions): { articles: LinkedArticle[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const records: ArticleRecord[] = [];
  for (const file of files) {
    const parsed = parseReport(file, options);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.record) records.push(parsed.record);
  }
  const linked = linkArticles(records, entities, options.linkPolicy);
  return { articles: linked.articles, diagnostics: [...diagnostics, ...linked.diagnostics] };
}

/** The shards' linked reports, in shard order, checked for collisions and indexed. */
function indexArchive(
  shards: readonly { articles: LinkedArticle[]; diagnostics: Diagnostic[] }[],
  gazetteer: { entities: Entity[]; diagnostics: Diagnostic[] },
): { archive: Archive; diagnostics: Diagnostic[] } {
  const all = shards.flatMap((shard) => shard.articles);
  const diagnostics = [...shards.flatMap((shard) => shard.diagnostics), ...checkCollisions(all), ...gazetteer.diagnostics];
  const articles = sortNewestFirst(all);
  const archive: Archive = {
    articles,
    entities: gazetteer.entities,
    entityPages: buildEntityIndex(articles, gazetteer.entities),
    related: Object.fromEntries(buildRelatedReports(articles)),
    dates: buildDateIndex(articles),
  };
  return { archive, diagnostics };
}

/**
 * loadArchive with the reports parsed and linked in shards: one on this thread, one per worker of
 * the pool that `poolFor` gives for this many reports (none: all on this thread).
 */
export async function loadArchiveInParallel(
  poolFor: (reports: number) => WorkerPool | null,
  contentDir: string,
  options: PipelineOptions = DEFAULT_OPTIONS,
  readOptions: ReadOptions = {},
): Promise<PipelineResult> {
  const read = readContent(contentDir, process.cwd(), readOptions);
  const pool = poolFor(read.reports.length);
  if (!pool) return resultOf(read, buildArchive(read.reports, read.gazetteer, options));
  const gazetteer = parseGazetteer(read.gazetteer);
  const size = Math.ceil(read.reports.length / (pool.size + 1));
  const shards = Array.from({ length: pool.size + 1 }, (_, i) => read.reports.slice(i * size, (i + 1) * size));
  // The workers' shards are posted first, so they run while this thread does its own.
  const others = shards.slice(1).map((files, i) => pool.run<ReturnType<typeof parseAndLink>>(i, { type: "link", files, entities: gazetteer.entities, options }));
  const own = parseAndLink(shards[0]!, gazetteer.entities, options);
  const built = indexArchive([own, ...(await Promise.all(others))], gazetteer);
  return resultOf(read, built);
}

export function loadArchive(contentDir: string, options: PipelineOptions = DEFAULT_OPTIONS, readOptions: ReadOptions = {}): PipelineResult {
  const read = readContent(contentDir, process.cwd(), readOptions);
  return resultOf(read, buildArchive(read.reports, read.gazetteer, options));
}

function resultOf(read: ContentFiles, built: { archive: Archive; diagnostics: Diagnostic[] }): PipelineResult {
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
