// /api/articles.json and /api/entities.json (their shape is documented in the README), as the
// pages stage serialised them.
import type { ApiFile } from "../src/pages/site-views.ts";
import type { SiteOptions } from "../src/site/site-options.ts";
import { fedByPagesStage } from "../src/render/template-data.ts";

interface ApiData {
  site: SiteOptions;
  page: ApiFile;
}

export const data = fedByPagesStage("api");

export function render({ page }: ApiData) {
  return { html: page.body };
}
