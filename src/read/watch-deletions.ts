// Eleventy 3.1's watcher rebuilds when a file is added or changed, not when one is deleted
// (11ty/eleventy#2798, fixed in 4.0): deleting a report would leave its page up. This watches the
// content folder for deletions and touches a file of its own that Eleventy watches, outside the
// content folder, so a deletion rebuilds like an edit.
import { mkdtempSync, watch, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Start watching `contentDir`; returns the file to give Eleventy's addWatchTarget. */
export function watchDeletions(contentDir: string): string {
  const signal = path.join(mkdtempSync(path.join(tmpdir(), "dateline-dev-")), "content-deleted");
  writeFileSync(signal, "");
  const watcher = watch(contentDir, { recursive: true }, (event, name) => {
    // A deletion is a "rename" whose path no longer exists (a rename shows as one of each).
    if (event === "rename" && name && !existsSync(path.join(contentDir, name))) writeFileSync(signal, `${Date.now()} ${name}\n`);
  });
  // The server's process must still end when Eleventy stops.
  watcher.unref();
  return signal;
}
