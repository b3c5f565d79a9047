// /api/articles.json and /api/entities.json (their shape is documented in the README), as the
// pages stage serialised them.
import type { ApiFile } from "../src/pages/site-views.ts";
import type { SiteOptions } from "../src/site/site-options.ts";

interface ApiData {
  site: SiteOptions;
  page: ApiFile;
}

export const data = {
  pagination: { data: "streamed.api", size: 1, alias: "page", addAllPagesToCollections: false },
  permalink: (data: ApiData) => data.page.url,
  eleventyExcludeFromCollections: true,
};

export function render({ page }: ApiData) {
  return { html: page.body };
}
