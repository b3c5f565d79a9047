// /404.html: what a reader sees at an address that does not exist, with ways back in.
import { ARCHIVE_URL, entityListUrl, HOME_URL, NOT_FOUND_URL, SEARCH_URL } from "../src/routes.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import { BaseLayout } from "./components/base-layout.tsx";

export const data = { permalink: NOT_FOUND_URL };

export function render({ site }: { site: SiteOptions }) {
  return (
    <BaseLayout site={site} title="Page not found" description="This address has no page in the archive." path={NOT_FOUND_URL}>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the report may be filed under another date.</p>
      <form class="not-found-search" role="search" action={href(site, SEARCH_URL)} method="get">
        <label for="not-found-q">Search the reports</label>
        <input id="not-found-q" name="q" type="search" />
        <button type="submit">Search</button>
      </form>
      <ul>
        <li>
          <a href={href(site, ARCHIVE_URL)}>The archive by date</a>
        </li>
        <li>
          <a href={href(site, entityListUrl("place"))}>Places</a>, <a href={href(site, entityListUrl("person"))}>people</a> and <a href={href(site, entityListUrl("organization"))}>organizations</a>
        </li>
        <li>
          <a href={href(site, HOME_URL)}>The latest reports</a>
        </li>
      </ul>
    </BaseLayout>
  );
}
