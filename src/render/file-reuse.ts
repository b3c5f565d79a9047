// Where a build can find a page or search shard it need not make again: already in the folder it
// writes into (the spare build it updates, or the dev server's folder), or in the published build.
import { linkSync, copyFileSync, renameSync, rmdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { PageKeys } from "../pages/page-keys.ts";
import { outputPath, SEARCH_BUNDLES_FOLDER } from "../routes.ts";

export interface FileReuse {
  /** What the output folder holds now (url -> key); null when it is a new, empty folder. */
  inPlace: PageKeys | null;
  /** The published build and its keys, to take unchanged files from; null when there is none. */
  previous: { dir: string; keys: PageKeys } | null;
}

/** Where an unchanged file is: "kept" already in the output folder, "taken" from the previous build; null: make it. */
export type ReuseSource = "kept" | "taken" | null;

/** `exists(dir)` says whether the file is still there: a key alone does not prove it. */
export function reuseSource(reuse: FileReuse | null | undefined, url: string, key: string, outDir: string, exists: (dir: string) => boolean): ReuseSource {
  if (!reuse) return null;
  if (reuse.inPlace?.get(url) === key && exists(outDir)) return "kept";
  if (reuse.previous && reuse.previous.dir !== outDir && reuse.previous.keys.get(url) === key && exists(reuse.previous.dir)) return "taken";
  return null;
}

/**
 * Put the file at `from` at `to` by a hard link (a copy where the file system has none). Over an
 * existing file, the link is made beside it and renamed over it: the old file may itself be a link
 * to the published build's file, which must never be written through.
 */
export function takeFile(from: string, to: string, replace: boolean): void {
  const target = replace ? `${to}.${process.pid}.tmp` : to;
  try {
    linkSync(from, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw error;
    copyFileSync(from, target);
  }
  if (replace) renameSync(target, to);
}

/** Remove a file and then each folder above it that is left empty, up to (not including) `root`. */
export function removeFile(root: string, file: string): void {
  rmSync(file, { force: true, recursive: true });
  for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch (error) {
      // Not empty: nor are the folders above it.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") return;
    }
  }
}

/**
 * Remove what the output folder held (`inPlace`) that the build did not write this time (`written`):
 * the pages of deleted reports and emptied lists, and search shards no longer needed.
 */
export function removeVanished(outDir: string, inPlace: PageKeys, written: ReadonlyMap<string, string>): void {
  for (const url of inPlace.keys()) {
    if (written.has(url)) continue;
    // A search shard is a folder of its own; a page is one file.
    removeFile(outDir, url.startsWith(SEARCH_BUNDLES_FOLDER) ? path.join(outDir, url) : path.join(outDir, outputPath(url)));
  }
}
