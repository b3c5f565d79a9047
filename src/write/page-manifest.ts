// The keys of the pages and search shards each kept build holds, in the output's store beside the
// builds they describe: the next build compares its own keys with them, to take unchanged files
// from the published build and to update the spare one in place.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PageKeys } from "../pages/page-keys.ts";
import { gateUrl } from "../urls/url-gate.ts";

const FILE = "pages.json";

/** What a kept build holds: its pages' keys and the salt (code and site options) they were made with. */
export interface BuildKeys {
  salt: string;
  keys: PageKeys;
}

/** build folder name -> what it holds. */
export type Manifest = Map<string, BuildKeys>;

// What a manifest must be to be believed: our build folders' names, and site paths the URL gate
// accepts (the folder's one deleter removes by them). A manifest cut short, edited or not ours is
// ignored: every page is made again, which is always right.
const MANIFEST_SCHEMA = z.record(
  z.string().regex(/^build-[0-9a-f]{12}$/),
  z.object({ salt: z.string(), keys: z.array(z.tuple([z.string().refine((url) => gateUrl(url).ok), z.string()])) }).strict(),
);
type ManifestFile = z.infer<typeof MANIFEST_SCHEMA>;
const FORMAT = "dateline-pages-1";

const sumOf = (body: string) => createHash("sha256").update(body).digest("hex");

/** Every build the manifest describes; empty when it is missing, or (with a note for --verbose) not to be believed. */
export function readManifest(store: string, notes: string[] = []): Manifest {
  let text: string;
  try {
    text = readFileSync(path.join(store, FILE), "utf8");
  } catch {
    // No manifest yet: every page is rendered.
    return new Map();
  }
  const newline = text.indexOf("\n");
  const [format, sum] = text.slice(0, Math.max(newline, 0)).split(" ");
  const body = text.slice(newline + 1);
  let parsed: ReturnType<typeof MANIFEST_SCHEMA.safeParse> | null = null;
  if (format === FORMAT && sum === sumOf(body)) {
    try {
      parsed = MANIFEST_SCHEMA.safeParse(JSON.parse(body));
    } catch {
      parsed = null;
    }
  }
  if (!parsed?.success) {
    notes.push(`page manifest: ${FILE} ${format !== FORMAT ? "is not one this version wrote" : sum !== sumOf(body) ? "was cut short or changed after it was written" : "is not shaped as a manifest"}; ignored, every page is made again`);
    return new Map();
  }
  return new Map(Object.entries(parsed.data).map(([build, { salt, keys }]) => [build, { salt, keys: new Map(keys) }]));
}

/**
 * Replace the manifest, in one rename. Written before a build folder is changed (without it, so a
 * build killed halfway leaves a folder no manifest vouches for) and before one is published.
 */
export function writeManifest(store: string, manifest: Manifest): void {
  const file = path.join(store, FILE);
  const out: ManifestFile = {};
  for (const [build, { salt, keys }] of manifest) out[build] = { salt, keys: [...keys] };
  const body = JSON.stringify(out);
  writeFileSync(`${file}${TEMPORARY}`, `${FORMAT} ${sumOf(body)}\n${body}`);
  renameSync(`${file}${TEMPORARY}`, file);
}

const TEMPORARY = ".tmp";

/** The manifest's temporary file, left by a build that died writing it: removed before a build writes anything. */
export const manifestTemporary = (store: string) => path.join(store, `${FILE}${TEMPORARY}`);
