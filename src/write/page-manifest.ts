// The keys of the pages and search shards each kept build holds, in the output's store beside the
// builds they describe: the next build compares its own keys with them, to take unchanged files
// from the published build and to update the spare one in place.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PageKeys } from "../pages/page-keys.ts";

const FILE = "pages.json";

/** What a kept build holds: its pages' keys and the salt (code and site options) they were made with. */
export interface BuildKeys {
  salt: string;
  keys: PageKeys;
}

/** build folder name -> what it holds. */
export type Manifest = Map<string, BuildKeys>;

type ManifestFile = Record<string, { salt: string; keys: [url: string, key: string][] }>;

/** Every build the manifest describes; empty when it is missing or unreadable. */
export function readManifest(store: string): Manifest {
  try {
    const file = JSON.parse(readFileSync(path.join(store, FILE), "utf8")) as ManifestFile;
    return new Map(Object.entries(file).map(([build, { salt, keys }]) => [build, { salt, keys: new Map(keys) }]));
  } catch {
    // No manifest yet (or a damaged one): every page is rendered, which is always right.
    return new Map();
  }
}

/**
 * Replace the manifest, in one rename. Written before a build folder is changed (without it, so a
 * build killed halfway leaves a folder no manifest vouches for) and before one is published.
 */
export function writeManifest(store: string, manifest: Manifest): void {
  const file = path.join(store, FILE);
  const out: ManifestFile = {};
  for (const [build, { salt, keys }] of manifest) out[build] = { salt, keys: [...keys] };
  writeFileSync(`${file}.tmp`, JSON.stringify(out));
  renameSync(`${file}.tmp`, file);
}
