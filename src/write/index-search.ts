// The search stage: give Pagefind one record per report (text, title, date, filters) and write its
// index into the staged site. Pagefind never re-reads the built HTML, which took 3x as long. A
// large archive is indexed in shards (searchShards), one Pagefind process at a time, so its
// memory stays bounded; the search page merges them (Pagefind's multisite search).
import { constants, cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SearchRecord } from "../pages/search-records.ts";

const IN_FLIGHT = 256;

export interface SearchShard {
  /** Site folder of the shard's index, e.g. "/pagefind/shard-2/". */
  bundle: string;
  key: string;
  records: Iterable<SearchRecord>;
}

export interface ShardReuse {
  /** Whether the previous build indexed this shard with this key. */
  unchanged(bundle: string, key: string): boolean;
  /** The previous build, to take unchanged shards from; the same as siteDir when indexing over it. */
  previousDir: string;
}

/**
 * Index every shard in turn, except those unchanged since the previous build, whose files are
 * taken from it. Returns how many records were indexed and each shard's key.
 */
export async function indexSearchShards(siteDir: string, shards: Iterable<SearchShard>, reuse?: ShardReuse): Promise<{ pages: number; keys: Map<string, string> }> {
  let pages = 0;
  const keys = new Map<string, string>();
  for (const shard of shards) {
    keys.set(shard.bundle, shard.key);
    const target = path.join(siteDir, shard.bundle);
    if (reuse?.unchanged(shard.bundle, shard.key)) {
      if (reuse.previousDir !== siteDir) copyTree(path.join(reuse.previousDir, shard.bundle), target);
    } else {
      pages += (await indexSearch(target, shard.records)).pages;
    }
  }
  return { pages, keys };
}

/** Whether a build holds a whole search shard: Pagefind's entry file is written with the rest. */
export function bundleExists(siteDir: string, bundle: string): boolean {
  return existsSync(path.join(siteDir, bundle, "pagefind-entry.json"));
}

/** A shard's files, copied (cloned where the file system can); not the other shards nested in /pagefind/. */
function copyTree(from: string, to: string): void {
  const otherShard = (source: string) => source !== from && bundleExists(source, "");
  cpSync(from, to, { recursive: true, mode: constants.COPYFILE_FICLONE, filter: (source) => !otherShard(source) });
}

/** One Pagefind index of `records`, written into `bundleDir`. */
export async function indexSearch(bundleDir: string, records: Iterable<SearchRecord>): Promise<{ pages: number }> {
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
    for (const file of got.files) {
      const target = path.join(bundleDir, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    return { pages };
  } finally {
    await pagefind.close();
  }
}
