// The search stage: give Pagefind one record per report (text, title, date, filters) and write its
// index into the staged site. Pagefind never re-reads the built HTML, which took 3x as long. A
// large archive is indexed in shards (searchShards), one Pagefind process at a time, so its
// memory stays bounded; the search page merges them (Pagefind's multisite search).
import path from "node:path";
import * as pagefind from "pagefind";
import type { SearchRecord } from "../pages/search-records.ts";
import { bundleExists, reuseSource, type FileReuse } from "../render/file-reuse.ts";
import { outputFile } from "../render/render-pages.ts";
import { outputFolder, type OutputFolder } from "./output-folder.ts";

const IN_FLIGHT = 256;

export interface SearchShard {
  /** Site folder of the shard's index, e.g. "/pagefind/shard-2/". */
  bundle: string;
  key: string;
  records: Iterable<SearchRecord>;
}

/**
 * Index every shard in turn, except those unchanged: left in place, or taken from the published
 * build (see FileReuse). Returns how many records were indexed and each shard's key.
 */
export async function indexSearchShards(siteDir: string, shards: Iterable<SearchShard>, reuse?: FileReuse | null): Promise<{ pages: number; keys: Map<string, string> }> {
  let pages = 0;
  const keys = new Map<string, string>();
  const folder = outputFolder(siteDir);
  for (const shard of shards) {
    keys.set(shard.bundle, shard.key);
    const source = reuseSource(reuse, shard.bundle, shard.key, siteDir, (dir) => bundleExists(dir, shard.bundle));
    if (source === "kept") continue;
    // A shard's own files go (Pagefind's names change with its content); the shards nested in it stay.
    folder.clearFolder(shard.bundle, isBundle);
    if (source === "taken") {
      const from = path.dirname(outputFile(reuse!.previous!.dir, shard.bundle));
      folder.copyFolder(from, shard.bundle, (source) => source !== from && isBundle(source));
    } else pages += (await indexSearch(folder, shard.bundle, shard.records)).pages;
  }
  return { pages, keys };
}

/** Whether a folder is a whole search shard. */
const isBundle = (dir: string) => bundleExists(dir, "");

/** One Pagefind index of `records`, written into the bundle folder at `bundle` (a site path). */
export async function indexSearch(folder: OutputFolder, bundle: string, records: Iterable<SearchRecord>): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // Records go over a pipe to Pagefind's process: keep a batch in flight rather than waiting
    // for each reply, and never hold more than a batch.
    let pages = 0;
    let batch: Promise<void>[] = [];
    const add = async (record: SearchRecord) => {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join("; ")}`);
    };
    for (const record of records) {
      batch.push(add(record));
      pages++;
      if (batch.length === IN_FLIGHT) {
        await Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all(batch);
    // The files are written here, not by Pagefind's writeFiles: its binary panics on a full disk
    // and the promise never settles. Written by Node, a full disk is an ENOSPC the CLI reports.
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`Pagefind could not make its index: ${got.errors.join("; ")}`);
    // Pagefind names its files; they pass the one writer's gate like any other.
    for (const file of got.files) folder.write(`${bundle}${file.path.split(path.sep).join("/")}`, file.content);
    return { pages };
  } finally {
    await pagefind.close();
  }
}
