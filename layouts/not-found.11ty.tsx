// /404.html: what a reader sees at an address that does not exist, with ways back in.
import { NOT_FOUND_URL, SEARCH_URL } from "../src/routes.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { WaysIn } from "./components/ways-in.tsx";

export const data = { permalink: NOT_FOUND_URL };

export function render({ site }: { site: SiteOptions }) {
  return (
    <BaseLayout site={site} title="Page not found" description="This address has no page in the archive." path={NOT_FOUND_URL}>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the report may be filed under another date.</p>
      {site.parts.search ? (
        <form class="not-found-search" role="search" action={href(site, SEARCH_URL)} method="get">
          <label for="not-found-q">Search the reports</label>
          <input id="not-found-q" name="q" type="search" />
          <button type="submit">Search</button>
        </form>
      ) : null}
      <WaysIn site={site} ways={["dates", "entities", "latest"]} />
    </BaseLayout>
  );
}
