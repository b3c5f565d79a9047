// Write sitemap.xml into the staged site: every page actually built (each index.html), so the
// sitemap can never list a page that does not exist or miss one that does.
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lastModified, renderSitemap } from "../site/sitemap.ts";
import type { SiteOptions } from "../site/site-options.ts";
import type { Archive } from "../types.ts";

export function writeSitemap(siteDir: string, site: SiteOptions, archive: Archive): number {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === "index.html") {
        const relative = path.relative(siteDir, dir).split(path.sep).join("/");
        paths.push(relative === "" ? "/" : `/${relative}/`);
      }
    }
  };
  walk(siteDir);
  writeFileSync(path.join(siteDir, "sitemap.xml"), renderSitemap(site, paths, lastModified(archive)));
  return paths.length;
}
