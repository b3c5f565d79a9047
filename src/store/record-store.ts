// Where the link stage keeps each report's full record and compact entry, under its content key:
// in memory for a build of files made in memory (tests), or on disk, in the output's store, for
// the CLI and the dev server. On disk it is also the cache a rebuild reuses: a report whose text,
// gazetteer, options and code are unchanged is not parsed or linked again.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
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
  /** What the store found wrong and ignored since last asked (for --verbose); emptied by the call. */
  takeNotes(): string[];
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
    takeNotes: () => [],
  };
}

/**
 * One folder per first two characters of the key, two files per report: `<key>.json`, the full
 * record, and `<key>.entry.json`. Each is written to a temporary name and renamed, the record
 * first, so an entry that exists is whole and its record is there: a build killed halfway
 * leaves nothing a later build could misread.
 *
 * Nothing read back is trusted: each file opens with a line giving its key and the SHA-256 of the
 * rest, the entry also the record's, and both are checked against a schema. A file that is cut
 * short, edited, misplaced or not ours is ignored (its report is parsed again, which is always
 * right) and noted for --verbose; stray files (a .DS_Store) are left alone. A `fresh` store
 * (`--fresh`) trusts nothing it holds, but keeps what it is given for the next build.
 */
export function diskStore(dir: string, { fresh = false } = {}): RecordStore {
  const file = (key: string, suffix: string) => path.join(dir, key.slice(0, 2), `${key}${suffix}`);
  const notes: string[] = [];
  const put = (target: string, text: string) => {
    const temporary = `${target}.${process.pid}${TEMPORARY}`;
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  };
  /** A file's checked body, or null (with a note) when it is missing or not what was stored under `key`. */
  const open = (key: string, suffix: string, sum?: string): unknown => {
    let text: string;
    try {
      text = readFileSync(file(key, suffix), "utf8");
    } catch {
      // Not stored yet: the usual case, not worth a note.
      return null;
    }
    const problem = checkStored(text, key, sum);
    if (problem) {
      notes.push(`record store: ${path.join(key.slice(0, 2), key + suffix)} ${problem}; ignored, its report is parsed again`);
      return null;
    }
    return JSON.parse(text.slice(text.indexOf("\n") + 1));
  };
  const made = new Set<string>();
  return {
    dir,
    cached(key) {
      if (fresh) return null;
      // Checked, then used as parsed (the schema's output would reorder keys, and so change every page key made from it).
      const entry = open(key, ENTRY);
      if (entry === null) return null;
      const shape = ENTRY_SCHEMA.safeParse(entry);
      if (!shape.success || shape.data.linked.entry.key !== key) {
        notes.push(`record store: the entry ${key} is not shaped as an entry of its key; ignored, its report is parsed again`);
        return null;
      }
      // The record too, so a report whose record is damaged is parsed again now, not found missing while its page is rendered.
      if (!RECORD_SCHEMA.safeParse(open(key, RECORD, shape.data.record)).success) return null;
      const { record: _sum, ...cached } = entry as CachedReport & { record: string };
      return cached;
    },
    read(entry) {
      const record = open(entry.key, RECORD);
      return found(RECORD_SCHEMA.safeParse(record).success ? (record as LinkedArticle) : undefined, entry);
    },
    write(key, article, cached) {
      const folder = path.dirname(file(key, RECORD));
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      const record = stored(key, JSON.stringify(article));
      put(file(key, RECORD), record.text);
      put(file(key, ENTRY), stored(key, JSON.stringify({ ...cached, record: record.sum })).text);
    },
    keepOnly(keys) {
      for (const { full, name } of storeFiles(dir)) {
        const key = name.slice(0, name.indexOf("."));
        if (OUR_FILE.test(name) && !keys.has(key)) rmSync(full, { force: true });
      }
    },
    takeNotes: () => notes.splice(0),
  };
}

/**
 * Remove the temporary files of builds that died before renaming them (a full disk leaves one
 * that would keep the disk full): called under the output's lock, before the build writes anything.
 */
export function removeTemporaryFiles(dir: string): void {
  for (const { full, name } of storeFiles(dir)) if (name.endsWith(TEMPORARY)) rmSync(full, { force: true });
}

/** The files in the store's key folders; other files and folders (a .DS_Store, a backup) are not the store's. */
function* storeFiles(dir: string): Generator<{ full: string; name: string }> {
  if (!existsSync(dir)) return;
  for (const folder of readdirSync(dir)) {
    const inside = path.join(dir, folder);
    if (!KEY_FOLDER.test(folder) || !lstatSync(inside).isDirectory()) continue;
    for (const name of readdirSync(inside)) yield { full: path.join(inside, name), name };
  }
}

/** A stored file's text: a line with its key and the SHA-256 of the body, then the body. */
function stored(key: string, body: string): { text: string; sum: string } {
  const sum = createHash("sha256").update(body).digest("hex");
  return { text: `${FORMAT} ${key} ${sum}\n${body}`, sum };
}

/** What is wrong with a stored file's text, or null: its first line must name its key and its body's sum (and `sum`, when the entry gives it). */
function checkStored(text: string, key: string, sum?: string): string | null {
  const newline = text.indexOf("\n");
  const [format, storedKey, storedSum] = (newline === -1 ? text : text.slice(0, newline)).split(" ");
  if (format !== FORMAT || newline === -1) return "is not a record this version wrote";
  if (storedKey !== key) return `says it is ${JSON.stringify(String(storedKey).slice(0, 40))}`;
  const actual = createHash("sha256").update(text.slice(newline + 1)).digest("hex");
  if (actual !== storedSum) return "was cut short or changed after it was written";
  if (sum !== undefined && sum !== storedSum) return "is not the record its entry was written with";
  try {
    JSON.parse(text.slice(newline + 1));
  } catch {
    return "is not JSON";
  }
  return null;
}

const RECORD = ".json";
const ENTRY = ".entry.json";
const TEMPORARY = ".tmp";
/** The first word of every stored file: a store written by another layout is not misread. */
const FORMAT = "dateline-record-1";
const KEY_FOLDER = /^[0-9a-z]{2}$/i;
const OUR_FILE = /^[0-9a-z]+\.(?:entry\.)?json$/i;

// The shapes a reader relies on; the rest of a record is as the link stage wrote it, vouched for by its sum.
const RECORD_SCHEMA = z.object({ id: z.string(), url: z.string(), headline: z.string(), sourcePath: z.string(), paragraphs: z.array(z.string()), mentions: z.array(z.unknown()) }).passthrough();
const ENTRY_SCHEMA = z.object({
  record: z.string(),
  linked: z.object({ entry: z.object({ key: z.string(), id: z.string(), url: z.string(), sourcePath: z.string() }).passthrough(), refs: z.array(z.unknown()), fingerprint: z.array(z.number()) }).passthrough(),
  diagnostics: z.array(z.object({ file: z.string(), rule: z.string(), severity: z.enum(["error", "warning"]), message: z.string(), hint: z.string() }).passthrough()),
});

function found(article: LinkedArticle | undefined, entry: Pick<ArchiveEntry, "key" | "sourcePath">): LinkedArticle {
  if (!article) throw new Error(`the record of ${entry.sourcePath} (${entry.key}) is not in the record store, or was changed while the build ran`);
  return article;
}
