// Where a build can find a page or search shard it need not make again: already in the folder it
// writes into (the spare build it updates, or the dev server's folder), or in the published build.
import { existsSync } from "node:fs";
import path from "node:path";
import type { PageKeys } from "../pages/page-keys.ts";
import { isSearchBundle } from "../routes.ts";
import { outputFolder } from "../write/output-folder.ts";

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
 * Remove what the output folder held (`inPlace`, the manifest's record of it) that the build did
 * not write this time (`written`): the pages of deleted reports and emptied lists, and search
 * shards no longer needed. Only through the folder's one deleter: a URL the manifest should never
 * have held is refused there, whatever the manifest says.
 */
export function removeVanished(outDir: string, inPlace: PageKeys, written: ReadonlyMap<string, string>): void {
  const folder = outputFolder(outDir);
  for (const url of inPlace.keys()) {
    if (written.has(url)) continue;
    // A search shard is a folder of its own (holding the other shards, at /pagefind/); a page is one file.
    if (isSearchBundle(url)) folder.clearFolder(url, (full) => bundleExists(full, ""), true);
    else folder.remove(url);
  }
}

/** Whether a build holds a whole search shard: Pagefind's entry file is written with the rest. */
export function bundleExists(siteDir: string, bundle: string): boolean {
  return existsSync(path.join(siteDir, bundle, "pagefind-entry.json"));
}
