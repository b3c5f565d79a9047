// /robots.txt: everything may be crawled; the sitemap lists every page.
import { absoluteUrl, type SiteOptions } from "../src/site/site-options.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export function render({ site }: { site: SiteOptions }) {
  return { html: `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, "/sitemap.xml")}\n` };
}
