// Atom feeds: /feed.xml and one beside every entity page that has reports.
import { renderAtomFeed, type FeedSpec } from "../src/site/atom-feed.ts";
import type { SiteOptions } from "../src/site/site-options.ts";
import { fedByPagesStage } from "../src/render/template-data.ts";

interface FeedData {
  site: SiteOptions;
  page: FeedSpec;
}

export const data = fedByPagesStage("feed");

// Returned as raw markup: the feed library has already escaped and serialised the XML.
export function render({ site, page }: FeedData) {
  return { html: renderAtomFeed(site, page) };
}
