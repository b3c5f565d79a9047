// The dev server's quick path: reports edited in place (the same file, id and URL) are read, parsed
// and linked on their own, against the archive as it was before the edit, so that their pages can
// be shown before the rest of the site is worked out again.
import path from "node:path";
import { hasErrors } from "../diagnostics/format-diagnostics.ts";
import { holdBackReason } from "../indexes/held-back.ts";
import { linkContext, parseAndLink, type PipelineOptions } from "../load-archive.ts";
import { readReports, reportFile } from "../read/read-content.ts";
import type { RecordStore } from "../store/record-store.ts";
import type { Archive, ArchiveEntry, SourceFile } from "../types.ts";

/**
 * The new entries of the changed files (paths as the watcher gives them, relative to `cwd`), when
 * every change is an edit of a report the archive holds that keeps its id and URL, shows only
 * images the archive already publishes and has no error; their records are then in the store.
 * Null for anything else (a report added, deleted or renamed, a new URL, a new image, a problem,
 * the gazetteer): the whole archive must be loaded again.
 */
export function editedReports(changed: readonly string[], archive: Archive, options: PipelineOptions, store: RecordStore, cwd = process.cwd()): ArchiveEntry[] | null {
  if (changed.length === 0) return null;
  const bySource = new Map(archive.articles.map((entry) => [entry.sourcePath, entry]));
  const before: ArchiveEntry[] = [];
  const files: SourceFile[] = [];
  for (const file of new Set(changed.map((changedPath) => path.resolve(cwd, changedPath)))) {
    const entry = bySource.get(path.relative(cwd, file));
    if (!entry) return null;
    const [read] = readReports([reportFile(file, entry.sourcePath)]);
    if (!read?.file) return null;
    before.push(entry);
    files.push(read.file);
  }
  const linked = parseAndLink(files, linkContext(archive.entities, options), store);
  if (hasErrors(linked.diagnostics) || linked.entries.length !== files.length) return null;
  const entries = linked.entries.map((l) => l.entry);
  // A report made a draft or embargoed leaves the site: the whole archive is loaded again.
  const now = Date.now();
  if (entries.some((entry) => holdBackReason(entry, {}, now) !== null)) return null;
  // An image the archive has not checked (a new one, or one no report showed) needs the whole archive too.
  if (entries.some((entry) => entry.images?.some((image) => !archive.images.has(image.file)))) return null;
  return entries.every((entry, i) => entry.id === before[i]!.id && entry.url === before[i]!.url) ? entries : null;
}
