// /api/articles.json and /api/entities.json (their shape is documented in the README).
import { articlesJson, entitiesJson } from "../src/site/json-api.ts";
import type { SiteOptions } from "../src/site/site-options.ts";
import type { Archive } from "../src/types.ts";

const FILES = [
  { url: "/api/articles.json", build: articlesJson },
  { url: "/api/entities.json", build: entitiesJson },
];

interface ApiData {
  site: SiteOptions;
  archive: Archive;
  file: (typeof FILES)[number];
}

export const data = {
  pagination: { data: "apiFiles", size: 1, alias: "file", addAllPagesToCollections: false },
  apiFiles: FILES,
  permalink: (data: ApiData) => data.file.url,
  eleventyExcludeFromCollections: true,
};

export function render({ site, archive, file }: ApiData) {
  return { html: file.build(site, archive) };
}
