// The Eleventy data of a template fed by the pages stage: paginate over its pages' view-models (an
// empty list when the render stage streams them) and write each at its URL.
import type { StreamedTemplate } from "../pages/build-pages.ts";
import { outputPath } from "../routes.ts";

export function fedByPagesStage(template: StreamedTemplate) {
  return {
    pagination: { data: `streamed.${template}`, size: 1, alias: "page", addAllPagesToCollections: false },
    permalink: (data: { page: { url: string } }) => outputPath(data.page.url),
    // The site uses no collections; leaving pages out of them saves Eleventy the work.
    eleventyExcludeFromCollections: true,
  };
}
