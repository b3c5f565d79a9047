// content/urls.lock.json, when an editor has made one: each report's first published URL, so a
// new headline or date does not move it. The build keeps it up to date (write/write-url-lock.ts).
// A report whose front matter sets a new `slug` moves on purpose: its old URLs redirect to the new.
import { isMap, type Node } from "yaml";
import { z } from "zod";
import { problems } from "../diagnostics/catalog.ts";
import { mappingEntries, readYaml } from "../parse/read-yaml.ts";
import type { TextFile } from "../read/read-content.ts";
import type { ArchiveEntry, Diagnostic } from "../types.ts";

export const URL_LOCK_FILE = "urls.lock.json";

/** Report id -> its URL now, and the URLs it had before (which redirect to it). */
export type UrlLock = Map<string, { url: string; previous: string[] }>;

const entrySchema = z.object({ url: z.string().regex(/^\/\S*\/$/), previous: z.array(z.string().regex(/^\/\S*$/)).default([]) }).strict();

export function parseUrlLock(file: TextFile | null): { lock: UrlLock | null; diagnostics: Diagnostic[] } {
  if (!file) return { lock: null, diagnostics: [] };
  const { doc, lineCounter, problems: yamlProblems } = readYaml(file.text);
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const fail = (line: number, reason: string) => problems.urlLockInvalid({ file: file.path, line }, reason);
  if (yamlProblems.length > 0) return { lock: null, diagnostics: yamlProblems.map((p) => fail(lineCounter.linePos(p.offset).line, p.reason)) };
  if (doc.contents === null) return { lock: new Map(), diagnostics: [] };
  if (!isMap(doc.contents)) return { lock: null, diagnostics: [fail(1, "it is not a JSON object of report ids")] };
  const lock: UrlLock = new Map();
  const diagnostics: Diagnostic[] = [];
  for (const { key, keyNode, value } of mappingEntries(doc.contents)) {
    const parsed = entrySchema.safeParse(value);
    if (parsed.success) lock.set(key, parsed.data);
    else diagnostics.push(fail(lineOf(keyNode), `the entry of ${JSON.stringify(key)} is not { "url": "/path/", "previous": ["/old/path/"] }`));
  }
  return { lock: diagnostics.length > 0 ? null : lock, diagnostics };
}

/**
 * The entry at its locked URL: the first one it was published at, unless its front matter set a
 * new slug (then the old URLs redirect to the new one). Entries the lock does not know keep theirs.
 */
export function lockedEntry(entry: ArchiveEntry, lock: UrlLock | null): ArchiveEntry {
  const locked = lock?.get(entry.id);
  if (!locked || locked.url === entry.url) return entry;
  if (!entry.slugSet) return { ...entry, url: locked.url };
  const redirectFrom = [...new Set([...(entry.redirectFrom ?? []), locked.url, ...locked.previous])].filter((u) => u !== entry.url);
  return { ...entry, redirectFrom };
}

/** The lock after a build: every published report at its URL now, with the URLs it had before. */
export function updatedLock(lock: UrlLock, published: readonly ArchiveEntry[]): UrlLock {
  const next: UrlLock = new Map(lock);
  for (const entry of published) {
    const before = lock.get(entry.id);
    const previous = before && before.url !== entry.url ? [...new Set([before.url, ...before.previous])] : (before?.previous ?? []);
    next.set(entry.id, { url: entry.url, previous: previous.filter((u) => u !== entry.url) });
  }
  return next;
}

/** The lock as the file holds it: ids sorted, so the same archive always writes the same bytes. */
export function lockText(lock: UrlLock): string {
  const sorted = [...lock].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(sorted.map(([id, { url, previous }]) => [id, previous.length > 0 ? { url, previous } : { url }])), null, 2)}\n`;
}
