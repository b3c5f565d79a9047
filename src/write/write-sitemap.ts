// Write sitemap.xml into the staged site: every page actually built (each index.html), so the
// sitemap can never list a page that does not exist or miss one that does.
import { readdirSync } from "node:fs";
import path from "node:path";
import { folderUrl, INDEX_FILE, SITEMAP_URL } from "../routes.ts";
import { outputFolder } from "./output-folder.ts";
import { lastModified, renderSitemap } from "../site/sitemap.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Archive } from "../types.ts";

export function writeSitemap(siteDir: string, site: SiteOptions, archive: Archive): number {
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
  outputFolder(siteDir).write(SITEMAP_URL, renderSitemap(site, pages, lastModified(archive)));
  return pages.length;
}
