// content/urls.lock.json, when an editor has made one: each report's first published URL, so a
// new headline or date does not move it. The build keeps it up to date (write/write-url-lock.ts).
// A report whose front matter sets a new `slug` moves on purpose: its old URLs redirect to the new.
import { z } from "zod";
import { problems } from "../diagnostics/catalog.ts";
import { readJson, valueOf } from "../parse/read-json.ts";
import type { TextFile } from "../read/read-content.ts";
import type { ArchiveEntry, Diagnostic } from "../types.ts";
import { gateUrl } from "../urls/url-gate.ts";

export const URL_LOCK_FILE = "urls.lock.json";

/** Report id -> its URL now, and the URLs it had before (which redirect to it); `line` is where the file gives it (0: not from the file). */
export type UrlLock = Map<string, { url: string; previous: string[]; line?: number }>;

const entrySchema = z.object({ url: z.string(), previous: z.array(z.string()).default([]) }).strict();

/** The lock as its file gives it, each URL through the URL gate; null with problems when it cannot be trusted. */
export function parseUrlLock(file: TextFile | null): { lock: UrlLock | null; diagnostics: Diagnostic[] } {
  if (!file) return { lock: null, diagnostics: [] };
  const { root, lineOf, problems: jsonProblems, repeated } = readJson(file.text);
  const fail = (line: number, reason: string) => problems.urlLockInvalid({ file: file.path, line }, reason);
  if (jsonProblems.length > 0) return { lock: null, diagnostics: jsonProblems.map((p) => fail(p.line, p.reason)) };
  if (root === null) return { lock: new Map(), diagnostics: [] };
  if (root.type !== "object") return { lock: null, diagnostics: [fail(lineOf(root.offset), "it is not a JSON object of report ids")] };
  const lock: UrlLock = new Map();
  const diagnostics: Diagnostic[] = repeated.map((p) => fail(p.line, p.reason));
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const id = String(keyNode?.value);
    const line = lineOf(property.offset);
    const parsed = valueNode ? entrySchema.safeParse(valueOf(valueNode)) : null;
    if (!parsed?.success) {
      diagnostics.push(fail(line, `the entry of ${JSON.stringify(id.slice(0, 80))} is not { "url": "/path/", "previous": ["/old/path/"] }`));
      continue;
    }
    const refused = [gateUrl(parsed.data.url, "folder"), ...parsed.data.previous.map((u) => gateUrl(u, "page"))].find((g) => !g.ok);
    if (refused && !refused.ok) {
      diagnostics.push(fail(line, `the entry of ${JSON.stringify(id.slice(0, 80))} has an address this site cannot have: ${refused.reason}`));
      continue;
    }
    lock.set(id, { ...parsed.data, line });
  }
  return { lock: diagnostics.length > 0 ? null : lock, diagnostics };
}

/**
 * The entry at its locked URL: the first one it was published at, unless its front matter set a
 * new slug (then it moves). Every URL the lock remembers it by redirects to where it is, on every
 * build, not only the one that moved it. Entries the lock does not know keep theirs.
 */
export function lockedEntry(entry: ArchiveEntry, lock: UrlLock | null): ArchiveEntry {
  const locked = lock?.get(entry.id);
  if (!locked) return entry;
  const url = entry.slugSet ? entry.url : locked.url;
  const remembered = [...(entry.redirectFrom ?? []), locked.url, ...locked.previous].filter((u) => u !== url);
  const redirectFrom = [...new Set(remembered)];
  if (url === entry.url && redirectFrom.length === (entry.redirectFrom?.length ?? 0)) return entry;
  return { ...entry, url, ...(redirectFrom.length > 0 ? { redirectFrom } : {}) };
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
