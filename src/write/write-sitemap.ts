// Write the sitemaps into the staged site: every page actually built (each index.html), so a
// sitemap can never list a page that does not exist or miss one that does.
import { readdirSync } from "node:fs";
import path from "node:path";
import { folderUrl, INDEX_FILE } from "../routes.ts";
import { outputFolder } from "./output-folder.ts";
import { createHash } from "node:crypto";
import { lastModified, renderSitemaps } from "../site/sitemap.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Archive } from "../types.ts";

/**
 * Write the sitemaps; returns each file's site path and a key of its text, for the build's record
 * of what it wrote (a year's sitemap that vanishes is then removed like any page).
 */
export function writeSitemap(siteDir: string, site: SiteOptions, archive: Archive): Map<string, string> {
  const paths: string[] = [];
  // A report's old address redirects, and a withdrawn report's page says it is gone: not pages to index.
  const redirects = new Set([...archive.articles.flatMap((a) => a.redirectFrom ?? []), ...archive.withdrawn.map((a) => a.url)]);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === INDEX_FILE) paths.push(folderUrl(path.relative(siteDir, dir).split(path.sep).filter(Boolean)));
    }
  };
  walk(siteDir);
  const pages = paths.filter((p) => !redirects.has(p));
  const folder = outputFolder(siteDir);
  const written = new Map<string, string>();
  for (const { url, xml } of renderSitemaps(site, pages, lastModified(archive), archive.articles)) {
    folder.write(url, xml);
    written.set(url, createHash("sha256").update(xml).digest("hex").slice(0, 32));
  }
  return written;
}
