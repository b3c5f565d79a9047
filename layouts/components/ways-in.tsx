// The ways into the archive a page offers: the latest reports, the date archive, the entity lists,
// search and the feed; only those the site builds (site.parts), so no page links to one it left out.
import { ARCHIVE_FEED, ARCHIVE_URL, entityListUrl, HOME_URL, SEARCH_URL } from "../../src/routes.ts";
import { href, type SiteOptions } from "../../src/site/site-options.ts";

export type WayIn = "latest" | "dates" | "entities" | "search" | "feed";

export function WaysIn({ site, ways }: { site: SiteOptions; ways: readonly WayIn[] }) {
  const { parts } = site;
  const built: Record<WayIn, boolean> = { latest: true, dates: parts.dates, entities: parts.entities, search: parts.search, feed: parts.archiveFeed };
  const link = (url: string, text: string) => <a href={href(site, url)}>{text}</a>;
  const items: Record<WayIn, () => unknown> = {
    latest: () => link(HOME_URL, "The latest reports"),
    dates: () => link(ARCHIVE_URL, "The archive by date"),
    entities: () => (
      <>
        {link(entityListUrl("place"), "Places")}, {link(entityListUrl("person"), "people")} and {link(entityListUrl("organization"), "organizations")}
      </>
    ),
    search: () => link(SEARCH_URL, "Search the reports"),
    feed: () => link(ARCHIVE_FEED, "The Atom feed of the latest reports"),
  };
  const shown = ways.filter((way) => built[way]);
  return shown.length === 0 ? null : (
    <ul class="ways-in">
      {shown.map((way) => (
        <li>{items[way]()}</li>
      ))}
    </ul>
  );
}
