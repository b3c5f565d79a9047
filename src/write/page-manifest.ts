// The keys of the pages and search shards a build wrote, kept in the output's store beside the
// build they describe: the next build compares its own keys with them to reuse unchanged files.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILE = "pages.json";

interface Manifest {
  /** The build folder (in the store) these keys describe. */
  build: string;
  keys: [url: string, key: string][];
}

/** The keys of `build`, or null when the manifest is missing, unreadable or about another build. */
export function readManifest(store: string, build: string | null): Map<string, string> | null {
  if (!build) return null;
  try {
    const manifest = JSON.parse(readFileSync(path.join(store, FILE), "utf8")) as Manifest;
    return manifest.build === build ? new Map(manifest.keys) : null;
  } catch {
    // No manifest yet (or a damaged one): every page is rendered, which is always right.
    return null;
  }
}

/** Written before the build is published: if publishing fails, the manifest names a build that is gone. */
export function writeManifest(store: string, build: string, keys: ReadonlyMap<string, string>): void {
  const file = path.join(store, FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify({ build, keys: [...keys] } satisfies Manifest));
  renameSync(`${file}.tmp`, file);
}
