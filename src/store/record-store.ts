// Where the link stage keeps each report's full record and compact entry, under its content key:
// in memory for a build of files made in memory (tests), or on disk, in the output's store, for
// the CLI and the dev server. On disk it is also the cache a rebuild reuses: a report whose text,
// gazetteer, options and code are unchanged is not parsed or linked again.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ArchiveEntry, Diagnostic, LinkedArticle, LinkedEntry, RecordReader } from "../types.ts";

/** What a report gave the link stage besides its full record: its entry, its refs and its warnings. */
export interface CachedReport {
  linked: LinkedEntry;
  diagnostics: Diagnostic[];
}

export interface RecordStore extends RecordReader {
  /** The folder workers open the same store at; null when it is held in this thread's memory. */
  dir: string | null;
  /** The report stored under `key` by this or an earlier build, or null. */
  cached(key: string): CachedReport | null;
  write(key: string, article: LinkedArticle, cached: CachedReport): void;
  /** Forget every report not under one of these keys (reports deleted or changed since). */
  keepOnly(keys: ReadonlySet<string>): void;
}

export function memoryStore(): RecordStore {
  const records = new Map<string, { article: LinkedArticle; cached: CachedReport }>();
  return {
    dir: null,
    cached: (key) => records.get(key)?.cached ?? null,
    read: (entry) => found(records.get(entry.key)?.article, entry),
    write: (key, article, cached) => void records.set(key, { article, cached }),
    keepOnly(keys) {
      for (const key of records.keys()) if (!keys.has(key)) records.delete(key);
    },
  };
}

/**
 * One folder per first two characters of the key, two files per report: `<key>.json`, the full
 * record, and `<key>.entry.json`. Each is written to a temporary name and renamed, the record
 * first, so an entry that exists is whole and its record is there: a build killed halfway
 * leaves nothing a later build could misread.
 */
export function diskStore(dir: string): RecordStore {
  const file = (key: string, suffix: string) => path.join(dir, key.slice(0, 2), `${key}${suffix}`);
  const put = (target: string, value: unknown) => {
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, target);
  };
  const made = new Set<string>();
  return {
    dir,
    cached(key) {
      try {
        return JSON.parse(readFileSync(file(key, ENTRY), "utf8")) as CachedReport;
      } catch {
        // Not stored yet (or unreadable): the report is parsed again, which is always safe.
        return null;
      }
    },
    read(entry) {
      let text: string | undefined;
      try {
        text = readFileSync(file(entry.key, RECORD), "utf8");
      } catch {
        // Removed while the build ran (the store is the build's own, under its lock): say whose it was.
      }
      return found(text === undefined ? undefined : (JSON.parse(text) as LinkedArticle), entry);
    },
    write(key, article, cached) {
      const folder = path.dirname(file(key, RECORD));
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      put(file(key, RECORD), article);
      put(file(key, ENTRY), cached);
    },
    keepOnly(keys) {
      if (!existsSync(dir)) return;
      for (const folder of readdirSync(dir)) {
        for (const name of readdirSync(path.join(dir, folder))) {
          const key = name.slice(0, name.indexOf("."));
          if (!keys.has(key)) rmSync(path.join(dir, folder, name), { force: true });
        }
      }
    },
  };
}

const RECORD = ".json";
const ENTRY = ".entry.json";

function found(article: LinkedArticle | undefined, entry: Pick<ArchiveEntry, "key" | "sourcePath">): LinkedArticle {
  if (!article) throw new Error(`the record of ${entry.sourcePath} (${entry.key}) is not in the record store`);
  return article;
}
