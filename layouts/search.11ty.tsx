// /search/: Pagefind's search over every report, with filters for place, person, organization and
// year. The only page with a script; without JavaScript it says where else to look.
import { ENTITY_SEPARATOR, NAMES_MARK, SPELLING_SEPARATOR, type SearchView } from "../src/pages/search-records.ts";
import { HOME_URL, SEARCH_URL } from "../src/routes.ts";
import { fedByPagesStage } from "../src/render/template-data.ts";
import { assetHref, href, type SiteOptions } from "../src/site/site-options.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { WaysIn } from "./components/ways-in.tsx";

export const data = fedByPagesStage("search");

export function render({ site, page }: { site: SiteOptions; page: SearchView }) {
  return (
    <BaseLayout
      site={site}
      title="Search"
      description="Search every report in the archive, by word, place, person, organization and year."
      path={SEARCH_URL}
      siteSearch={false}
      head={
        <>
          <link rel="stylesheet" href={href(site, `${page.bundle}pagefind-ui.css`)} />
          <script src={href(site, `${page.bundle}pagefind-ui.js`)} defer></script>
          <script src={assetHref(site, "search.js")} defer></script>
        </>
      }
    >
      <h1>Search</h1>
      <p class="sort-links">
        Results by: <a href={href(site, SEARCH_URL)} data-sort="">relevance</a> · <a href={`${href(site, SEARCH_URL)}?sort=date`} data-sort="date">newest first</a>
      </p>
      <div
        id="search"
        data-bundle-path={href(site, page.bundle)}
        data-base-url={href(site, HOME_URL)}
        data-names-mark={NAMES_MARK}
        data-spelling-separator={SPELLING_SEPARATOR}
        data-entity-separator={ENTITY_SEPARATOR}
        {...(page.merged.length > 0 ? { "data-merge-bundles": page.merged.map((bundle) => href(site, bundle)).join(" ") } : {})}
      ></div>
      <noscript>
        <p>Search needs JavaScript. The reports are also listed here:</p>
        <WaysIn site={site} ways={["latest", "dates", "entities"]} />
      </noscript>
    </BaseLayout>
  );
}
