// /robots.txt: everything may be crawled; the sitemap index lists the sitemaps of every page.
import { ROBOTS_URL, SITEMAP_URL } from "../src/routes.ts";
import { absoluteUrl, type SiteOptions } from "../src/site/site-options.ts";

export const data = { permalink: ROBOTS_URL, eleventyExcludeFromCollections: true };

// "Allow: /" is robots.txt for every path on the host, not a link to the home page: no route.
export function render({ site }: { site: SiteOptions }) {
  return { html: `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, SITEMAP_URL)}\n` };
}
