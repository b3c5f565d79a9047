// The search stage: give Pagefind one record per report (text, title, date, filters) and write its
// index into the staged site. Pagefind never re-reads the built HTML, which took 3x as long. A
// large archive is indexed in shards (searchShards), one Pagefind process at a time, so its
// memory stays bounded; the search page merges them (Pagefind's multisite search).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SearchRecord } from "../pages/search-records.ts";

const IN_FLIGHT = 256;

/** Index every shard in turn: `shards` gives each shard's bundle folder (site path) and records. */
export async function indexSearchShards(siteDir: string, shards: Iterable<{ bundle: string; records: Iterable<SearchRecord> }>): Promise<{ pages: number }> {
  let pages = 0;
  for (const shard of shards) pages += (await indexSearch(path.join(siteDir, shard.bundle), shard.records)).pages;
  return { pages };
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
