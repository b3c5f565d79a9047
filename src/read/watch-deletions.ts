// Eleventy 3.1's watcher rebuilds when a file is added or changed, not when one is deleted
// (11ty/eleventy#2798, fixed in 4.0): deleting a report would leave its page up. This watches the
// content folder for deletions and touches a file of its own that Eleventy watches, outside the
// content folder, so a deletion rebuilds like an edit.
//
// Each folder has a watch of its own, not fs.watch's recursive mode: on Linux, Node 20's recursive
// watcher follows each file's inode, so once a file has been replaced by a rename (sed -i, and the
// safe writes of most editors) its deletion is never reported. A folder's watch sees every name in
// it come and go, whatever file the name points at.
import { existsSync, mkdtempSync, readdirSync, realpathSync, statSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A name whose going counts: what the site is made from (reports, images, the gazetteer) has an
 * extension and is not hidden (src/read/read-content.ts). The temporary files that editors rename
 * over a report (sed -i's "sedAbC123", vim's "4913", ".ferry.txt.swp") mostly have none or are
 * hidden: their going is no deletion, and signalling it would cost the edit its quick rebuild.
 */
const countsAsContent = (name: string) => !name.startsWith(".") && path.extname(name) !== "";

const inodeOf = (file: string) => {
  try {
    return statSync(file).ino;
  } catch {
    return -1;
  }
};

/** Start watching `contentDir`; returns the file to give Eleventy's addWatchTarget. */
export function watchDeletions(contentDir: string): string {
  const signal = path.join(mkdtempSync(path.join(tmpdir(), "dateline-dev-")), "content-deleted");
  writeFileSync(signal, "");
  /** Each watched folder by the path it was reached by, with its real path (a link loop is watched once) and inode. */
  const watched = new Map<string, { watcher: FSWatcher; real: string; ino: number }>();
  const reals = new Set<string>();

  function watchFolder(folder: string): void {
    let real: string;
    let ino: number;
    try {
      real = realpathSync(folder);
      ino = statSync(real).ino;
    } catch {
      return;
    }
    if (watched.has(folder) || reals.has(real)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        if (name) changed(folder, String(name));
      });
    } catch {
      // Gone already, or not ours to read: the read stage reports that folder.
      return;
    }
    // Windows reports a watched folder's deletion as an error: its parent's watch tells the deletion.
    watcher.on("error", () => unwatch(folder));
    // The server's process must still end when Eleventy stops.
    watcher.unref();
    watched.set(folder, { watcher, real, ino });
    reals.add(real);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) watchIfFolder(path.join(folder, name));
  }

  /** A folder the read stage walks (links to folders too, hidden folders not). */
  function watchIfFolder(full: string): void {
    if (path.basename(full).startsWith(".")) return;
    try {
      if (!statSync(full).isDirectory()) return;
    } catch {
      return;
    }
    watchFolder(full);
  }

  /** Stop watching `folder` and every folder below it; true if it was watched. */
  function unwatch(folder: string): boolean {
    let found = false;
    for (const [watchedFolder, { watcher, real }] of watched) {
      if (watchedFolder !== folder && !watchedFolder.startsWith(folder + path.sep)) continue;
      watcher.close();
      watched.delete(watchedFolder);
      reals.delete(real);
      found = true;
    }
    return found;
  }

  // fs.watch says "rename" for a name that came or went (a rename shows as one of each), "change"
  // for a write: whether the name is still there is what tells a deletion.
  function changed(folder: string, name: string): void {
    const full = path.join(folder, name);
    const deleted = () => writeFileSync(signal, `${Date.now()} ${path.relative(contentDir, full)}\n`);
    if (!existsSync(full)) {
      if (unwatch(full) || countsAsContent(name)) deleted();
      return;
    }
    // A folder renamed over a watched one: what the old one held has gone from these paths.
    const before = watched.get(full);
    if (before && before.ino !== inodeOf(full)) {
      unwatch(full);
      deleted();
    }
    watchIfFolder(full);
  }

  watchFolder(contentDir);
  return signal;
}
