// /_redirects (Netlify and Cloudflare Pages read it): every report's old address, with the path
// prefix, redirected permanently to its page.
import type { RedirectRules } from "../src/pages/build-pages.ts";
import { fedByPagesStage } from "../src/render/template-data.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";

interface RedirectsData {
  site: SiteOptions;
  page: RedirectRules;
}

export const data = fedByPagesStage("redirects");

export function render({ site, page }: RedirectsData) {
  return { html: page.redirects.map(({ from, to }) => `${href(site, from)} ${href(site, to)} 301\n`).join("") };
}
