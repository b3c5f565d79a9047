// The JSON API files (/api/index.json, /api/articles/<n>.json, /api/entities.json; documented in the README), as the
// pages stage serialised them.
import type { ApiFile } from "../src/site/json-api.ts";
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
