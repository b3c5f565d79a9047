// The deploy manifest, `<store>/changes.json`: every file of the published build with its SHA-256,
// and what changed since the build it replaced (added, changed, removed), so a deployer uploads
// only what changed and deletes last. A file the build took from the published one by a hard link
// (the same inode) is not read again: its hash is the previous manifest's.
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { MARKER_FILE } from "./check-out-dir.ts";

const FILE = "changes.json";

export interface DeployManifest {
  /** The build folder it describes, and the one published before it (null for the first). */
  build: string;
  previous: string | null;
  /** Site path ("/2017/10/21/x/index.html") -> SHA-256 of the file, every file of the build, sorted. */
  files: Record<string, string>;
  added: string[];
  changed: string[];
  removed: string[];
}

// Read back only as a cache of hashes: one that is not this shape is ignored (every file is hashed).
const SCHEMA = z.object({ build: z.string(), files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)) }).passthrough();

/** The manifest of the published build, or null when there is none to trust. */
export function readDeployManifest(store: string): Pick<DeployManifest, "build" | "files"> | null {
  try {
    const parsed = SCHEMA.safeParse(JSON.parse(readFileSync(path.join(store, FILE), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The manifest of the build in `dir` against the published one (`previous`, with its manifest).
 * Hard links into the previous build reuse its hashes; every other file is read once.
 */
export function deployManifest(dir: string, previous: { dir: string; manifest: Pick<DeployManifest, "build" | "files"> | null } | null): DeployManifest {
  const before = previous?.manifest && previous.manifest.build === path.basename(previous.dir) ? previous.manifest.files : {};
  const files: Record<string, string> = {};
  for (const file of filesOf(dir)) {
    const full = path.join(dir, file);
    const known = before[file];
    files[file] = known && sameFile(full, path.join(previous!.dir, file)) ? known : createHash("sha256").update(readFileSync(full)).digest("hex");
  }
  const added: string[] = [];
  const changed: string[] = [];
  for (const [file, hash] of Object.entries(files)) {
    if (!(file in before)) added.push(file);
    else if (before[file] !== hash) changed.push(file);
  }
  const removed = Object.keys(before).filter((file) => !(file in files));
  return { build: path.basename(dir), previous: previous ? path.basename(previous.dir) : null, files, added, changed, removed };
}

/** Written beside and renamed over: a deployer never reads half a manifest. */
export function writeDeployManifest(store: string, manifest: DeployManifest): void {
  const file = path.join(store, FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Every regular file below `dir` as a site path, sorted; the build's marker is not the site's. */
function filesOf(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const url = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(path.join(folder, entry.name), url);
      else if (entry.isFile() && url !== `/${MARKER_FILE}`) found.push(url);
    }
  };
  walk(dir, "");
  return found.sort();
}

/** Whether two paths are one file (a hard link): the same device and inode. */
function sameFile(a: string, b: string): boolean {
  const one = lstatSync(a, { throwIfNoEntry: false });
  const two = lstatSync(b, { throwIfNoEntry: false });
  return Boolean(one && two && one.ino === two.ino && one.dev === two.dev);
}
