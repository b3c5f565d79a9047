// Fingerprint the site's own assets (site.css -> site.1a2b3c4d.css) so hosts can cache them for a
// year: a changed file gets a new name, and pages built with it point at that name. CSS is
// minified with csso first, so the hash is of what is served.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { minify } from "csso";
import { assetUrl } from "../routes.ts";

/** File name -> site path with its content hash, e.g. "site.css" -> "/assets/site.1a2b3c4d.css". */
export type AssetMap = Record<string, string>;

export interface Assets {
  urls: AssetMap;
  /** Files copied as they are: source path -> output path. */
  copies: Record<string, string>;
  /** Files written from processed content (minified CSS): site path and content. */
  written: { url: string; content: string }[];
}

export function fingerprintAssets(dir: string): Assets {
  const assets: Assets = { urls: {}, copies: {}, written: [] };
  for (const name of readdirSync(dir).sort()) {
    const ext = path.extname(name);
    const raw = readFileSync(path.join(dir, name));
    const content = ext === ".css" ? minify(raw.toString("utf8")).css : null;
    const hash = createHash("sha256").update(content ?? raw).digest("hex").slice(0, 10);
    const url = assetUrl(path.basename(name, ext), hash, ext);
    assets.urls[name] = url;
    if (content !== null) assets.written.push({ url, content });
    else assets.copies[path.join(dir, name)] = url.slice(1);
  }
  return assets;
}
