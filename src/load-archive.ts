// The first stages of the pipeline (src/pipeline.ts), in order: read -> parse -> link -> index.
// Only the read stage touches the content; the link stage keeps each report's full record in the
// record store (src/store/) and passes on its compact entry, which is all the index stage and the
// list pages need. `buildArchive` is pure, so tests can feed it files made in memory.
import { isMainThread } from "node:worker_threads";
import { hasErrors } from "./diagnostics/format-diagnostics.ts";
import { archiveEntry } from "./entities/archive-entry.ts";
import { createLinker, type Linker, type LinkPolicy } from "./entities/link-articles.ts";
import { parseGazetteer } from "./entities/parse-gazetteer.ts";
import { listContent, readReports, type ContentListing, type GazetteerFile, type ReadOptions, type SkippedFile } from "./read/read-content.ts";
import { buildDateIndex } from "./indexes/build-date-index.ts";
import { buildEntityIndex } from "./indexes/build-entity-index.ts";
import { checkIds, checkUrls } from "./indexes/check-collisions.ts";
import { splitHeldBack, type HeldBack, type PublishOptions } from "./indexes/held-back.ts";
import { buildNearDuplicates } from "./indexes/near-duplicates.ts";
import { buildRelatedReports } from "./indexes/related-reports.ts";
import { sortNewestFirst } from "./indexes/sort-articles.ts";
import { parseReport, type ParseOptions } from "./parse/parse-report.ts";
import { parseWithdrawn } from "./parse/parse-withdrawn.ts";
import { lockedEntry, parseUrlLock, type UrlLock } from "./indexes/url-lock.ts";
import { problems } from "./diagnostics/catalog.ts";
import { contentKey, linkDigest } from "./store/content-key.ts";
import { memoryStore, type RecordStore } from "./store/record-store.ts";
import path from "node:path";
import { closest, distance } from "fastest-levenshtein";
import type { Archive, ArchiveEntry, ContentImage, Diagnostic, Entity, LinkedEntry, RecordReader, SourceFile, WithdrawnReport } from "./types.ts";
import { shareWork } from "./workers/share-work.ts";
import type { WorkerPool } from "./workers/worker-pool.ts";

export interface PipelineResult {
  archive: Archive;
  /** Every problem found, in file order. A build with any error must not be published. */
  diagnostics: Diagnostic[];
  /** Files in the content folders that were not read, with the reason. */
  skipped: SkippedFile[];
  reportCount: number;
  /** How many reports were parsed and linked; the others came unchanged from the record store. */
  parsedCount: number;
  /** Reports read and checked but not published by this build (drafts, embargoes), with why. */
  heldBack: HeldBack[];
  /** content/urls.lock.json as read (null when the content keeps none): the build writes it back updated. */
  urlLock?: UrlLock | null;
  /** What the caches found wrong and ignored (made again instead), for --verbose. */
  cacheNotes: string[];
}

export interface PipelineOptions extends ParseOptions {
  linkPolicy: LinkPolicy;
}

export const DEFAULT_OPTIONS: PipelineOptions = { defaultZone: "UTC", linkPolicy: "first" };

/** What the parse and link stages need besides the files: the same on every thread. */
export interface LinkContext {
  entities: readonly Entity[];
  options: PipelineOptions;
  /** linkDigest of the entities and options: part of every report's key. */
  digest: string;
}

export interface LinkedShard {
  entries: LinkedEntry[];
  diagnostics: Diagnostic[];
  parsed: number;
  /** What the record store found wrong and ignored, for --verbose. */
  notes: string[];
}

export function buildArchive(
  files: readonly SourceFile[],
  gazetteerFiles: readonly GazetteerFile[] = [],
  options: PipelineOptions = DEFAULT_OPTIONS,
  store: RecordStore = memoryStore(),
): { archive: Archive; diagnostics: Diagnostic[] } {
  const gazetteer = parseGazetteer(gazetteerFiles);
  const context = linkContext(gazetteer.entities, options);
  return indexArchive([parseAndLink(files, context, store)], gazetteer, store).built;
}

export function linkContext(entities: readonly Entity[], options: PipelineOptions): LinkContext {
  return { entities, options, digest: linkDigest(entities, options) };
}

/**
 * Parse and link some reports, each on its own, so batches of them can run on several threads
 * (src/workers/). A report the store already holds under its key is taken from there instead.
 */
export function parseAndLink(files: readonly SourceFile[], context: LinkContext, store: RecordStore): LinkedShard {
  const shard: LinkedShard = { entries: [], diagnostics: [], parsed: 0, notes: [] };
  let link: Linker | null = null;
  for (const file of files) {
    const key = contentKey(file, context.digest);
    const cached = store.cached(key);
    if (cached) {
      shard.entries.push(cached.linked);
      shard.diagnostics.push(...cached.diagnostics);
      continue;
    }
    shard.parsed++;
    const parsed = parseReport(file, context.options);
    const diagnostics = parsed.diagnostics;
    if (parsed.record) {
      link ??= linkerFor(context);
      const article = link(parsed.record, diagnostics);
      const linked = archiveEntry(article, key);
      // A report with an error stops the build; only good ones (warnings and all) are kept.
      if (!hasErrors(diagnostics)) store.write(key, article, { linked, diagnostics });
      // Kept in memory until the build ends: a copy, because the strings cut from the body (a
      // summary, a sentence, a spelling) would otherwise keep the whole body alive, 3x the entry's
      // size. A worker's entries reach this thread as copies already.
      shard.entries.push(isMainThread ? structuredClone(linked) : linked);
    }
    shard.diagnostics.push(...diagnostics);
  }
  shard.notes.push(...store.takeNotes());
  return shard;
}

/** A thread builds the matcher for a gazetteer once, however many batches it links. */
let linker: { digest: string; link: Linker } | null = null;
function linkerFor(context: LinkContext): Linker {
  if (linker?.digest !== context.digest) linker = { digest: context.digest, link: createLinker(context.entities, context.options.linkPolicy) };
  return linker.link;
}

/** The batches' entries, in read order, checked for collisions and indexed. */
function indexArchive(
  shards: readonly LinkedShard[],
  gazetteer: { entities: Entity[]; diagnostics: Diagnostic[] },
  records: RecordStore,
  publish: PublishOptions = {},
  listed: { withdrawn: WithdrawnReport[]; diagnostics: Diagnostic[]; path: string } = { withdrawn: [], diagnostics: [], path: "" },
  lock: { path: string; lock: UrlLock } | null = null,
  images: readonly ContentImage[] = [],
): { built: { archive: Archive; diagnostics: Diagnostic[] }; heldBack: HeldBack[]; unusedImages: SkippedFile[] } {
  // Every report read is checked (a draft's URL must not collide either); the published are indexed.
  // A report the URL lock knows keeps its first URL (url-lock.ts).
  const given = shards.flatMap((shard) => shard.entries);
  const read = given.map((linked) => ({ ...linked, entry: lockedEntry(linked.entry, lock?.lock ?? null) }));
  // Every URL content claims, through the one gate and registry: no two claimants, none of the site's own.
  const urls = checkUrls({ reports: read.map((l, i) => ({ given: given[i]!.entry, entry: l.entry })), lock, withdrawn: listed });
  const diagnostics = [...shards.flatMap((shard) => shard.diagnostics), ...checkIds(read.map((l) => l.entry)), ...urls, ...gazetteer.diagnostics, ...listed.diagnostics];
  const { published: linked, heldBack } = splitHeldBack(read, publish);
  const shown = checkImages(read.map((l) => l.entry), images, diagnostics);
  const published = new Set(linked.flatMap((l) => (l.entry.images ?? []).map((image) => image.file)));
  const unusedImages = images.filter((image) => !published.has(image.path)).map((image) => ({ path: image.path, reason: shown.has(image.path) ? "an image only held-back reports show" : "an image no report shows" }));
  const all = linked.map((l) => l.entry);
  const articles = sortNewestFirst(all);
  const duplicates = buildNearDuplicates(linked);
  const archive: Archive = {
    articles,
    records: lock ? lockedRecords(records) : records,
    entities: gazetteer.entities,
    entityPages: buildEntityIndex(linked, gazetteer.entities),
    related: buildRelatedReports(articles, duplicates),
    dates: buildDateIndex(articles),
    duplicates,
    withdrawn: [
      ...heldBack.flatMap(({ entry: { url, headline, published, zone, precision, withdrawn } }) => (withdrawn ? [{ url, headline, published, zone, precision, withdrawn }] : [])),
      ...listed.withdrawn,
    ],
    images: new Map(images.filter((image) => published.has(image.path)).map((image) => [image.path, image])),
  };
  return { built: { archive, diagnostics }, heldBack, unusedImages };
}

/** Each image a report shows must be an image file the read stage found; returns the files shown. */
function checkImages(entries: readonly ArchiveEntry[], images: readonly ContentImage[], diagnostics: Diagnostic[]): Set<string> {
  const files = new Map(images.map((image) => [image.path, image]));
  const shown = new Set<string>();
  for (const entry of entries) {
    for (const image of entry.images ?? []) {
      const found = files.get(image.file);
      if (found) {
        shown.add(image.file);
        if (!found.pixels) diagnostics.push(problems.imageUnreadable({ file: entry.sourcePath, line: image.line }, image.src, image.file));
        continue;
      }
      // A near name in the same folder: a typo, or the case of a letter.
      const folder = path.dirname(image.file);
      const near = images.filter((i) => path.dirname(i.path) === folder).map((i) => i.path);
      const suggestion = near.length > 0 ? closest(image.file, near) : null;
      // Suggested as the report would write it: from its own folder.
      const written = suggestion !== null && distance(suggestion, image.file) <= 3 ? path.relative(path.dirname(entry.sourcePath), suggestion).split(path.sep).join("/") : null;
      diagnostics.push(problems.imageMissing({ file: entry.sourcePath, line: image.line }, image.src, image.file, written));
    }
  }
  return shown;
}

/** The full records, at the URLs their entries were given by the URL lock (every reader passes the entry). */
function lockedRecords(records: RecordStore): RecordReader {
  return {
    read: (entry) => {
      const record = records.read(entry);
      const { url, redirectFrom } = entry as ArchiveEntry;
      return url === undefined || (url === record.url && redirectFrom === record.redirectFrom) ? record : { ...record, url, ...(redirectFrom ? { redirectFrom } : {}) };
    },
  };
}

/** Reports per batch handed to a worker. */
const BATCH = 250;

/**
 * Read, parse, link and index the content folder. The reports are read a batch at a time; with a
 * pool (`poolFor` decides from the number of reports), the batches are shared with its workers,
 * which keep their records in the same store on disk.
 */
export async function loadArchiveInParallel(
  poolFor: (reports: number) => WorkerPool | null,
  contentDir: string,
  options: PipelineOptions = DEFAULT_OPTIONS,
  readOptions: ReadOptions = {},
  store: RecordStore = memoryStore(),
): Promise<PipelineResult> {
  const content = openContent(contentDir, options, readOptions);
  const pool = store.dir === null ? null : poolFor(content.listing.reports.length);
  const shards = pool
    ? await shareWork(content.files(), pool, {
        batch: BATCH,
        // Reports of a few MB each close a batch early: a worker's heap holds a batch and its records.
        bytes: (file) => file.text.length,
        task: (batch) => ({ type: "link", files: batch, context: content.context, storeDir: store.dir! }),
        here: (batch) => parseAndLink(batch, content.context, store),
      })
    : [parseAndLink([...content.files()], content.context, store)];
  return content.finish(shards, store);
}

/** loadArchiveInParallel on this thread alone, for callers that cannot wait (tests, small archives). */
export function loadArchive(contentDir: string, options: PipelineOptions = DEFAULT_OPTIONS, readOptions: ReadOptions = {}, store: RecordStore = memoryStore()): PipelineResult {
  const content = openContent(contentDir, options, readOptions);
  return content.finish([parseAndLink([...content.files()], content.context, store)], store);
}

/** The content folder listed and its gazetteer read; its reports read as `files()` is pulled. */
function openContent(contentDir: string, options: PipelineOptions, readOptions: ReadOptions) {
  const listing = listContent(contentDir, process.cwd(), readOptions);
  const gazetteer = parseGazetteer(listing.gazetteer);
  const readDiagnostics: Diagnostic[] = [];
  return {
    listing,
    context: linkContext(gazetteer.entities, options),
    *files(): Generator<SourceFile> {
      for (const read of readReports(listing.reports)) {
        readDiagnostics.push(...read.diagnostics);
        if (read.file) yield read.file;
      }
    },
    finish: (shards: LinkedShard[], store: RecordStore) => {
      const lock = parseUrlLock(listing.urlLock);
      readDiagnostics.push(...lock.diagnostics);
      const indexed = indexArchive(shards, gazetteer, store, readOptions.publish, { ...parseWithdrawn(listing.withdrawn), path: listing.withdrawn?.path ?? "" }, lock.lock && { path: listing.urlLock!.path, lock: lock.lock }, listing.images);
      return { ...resultOf(listing, readDiagnostics, indexed, shards), urlLock: lock.lock };
    },
  };
}

function resultOf(listing: ContentListing, readDiagnostics: Diagnostic[], { built, heldBack, unusedImages }: ReturnType<typeof indexArchive>, shards: readonly LinkedShard[]): PipelineResult {
  return {
    heldBack,
    archive: built.archive,
    diagnostics: sortDiagnostics([...listing.diagnostics, ...readDiagnostics, ...built.diagnostics]),
    skipped: [...listing.skipped, ...unusedImages],
    reportCount: listing.reportFileCount,
    parsedCount: shards.reduce((sum, shard) => sum + shard.parsed, 0),
    cacheNotes: shards.flatMap((shard) => shard.notes),
  };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
