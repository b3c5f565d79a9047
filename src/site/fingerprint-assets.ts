// Fingerprint the site's own assets (site.css -> site.1a2b3c4d.css) so hosts can cache them for a
// year: a changed file gets a new name, and pages built with it point at that name.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** File name -> site path with its content hash, e.g. "site.css" -> "/assets/site.1a2b3c4d.css". */
export type AssetMap = Record<string, string>;

export function fingerprintAssets(dir: string): { urls: AssetMap; copies: Record<string, string> } {
  const urls: AssetMap = {};
  const copies: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const hash = createHash("sha256").update(readFileSync(path.join(dir, name))).digest("hex").slice(0, 10);
    const ext = path.extname(name);
    const hashed = `${path.basename(name, ext)}.${hash}${ext}`;
    urls[name] = `/assets/${hashed}`;
    copies[path.join(dir, name)] = `assets/${hashed}`;
  }
  return { urls, copies };
}
