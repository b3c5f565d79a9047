// The home page: the newest reports, and the ways into the rest of the archive.
import { ARCHIVE_FEED, ARCHIVE_URL, entityListUrl, HOME_URL, SEARCH_URL } from "../src/routes.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import type { HomeView } from "../src/pages/site-views.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { ReportList } from "./components/report-list.tsx";
import { fedByPagesStage } from "../src/render/template-data.ts";

interface HomeData {
  site: SiteOptions;
  page: HomeView;
}

export const data = fedByPagesStage("home");

export function render({ site, page }: HomeData) {
  const { latest, total } = page;
  return (
    <BaseLayout site={site} title="Latest reports" description={site.description} path={HOME_URL} feed={{ url: ARCHIVE_FEED, title: `${site.title}: latest reports` }}>
      <h1>Latest reports</h1>
      <p class="lead-links">
        Browse <a href={href(site, ARCHIVE_URL)}>the archive by date</a>, or by <a href={href(site, entityListUrl("place"))}>place</a>,{" "}
        <a href={href(site, entityListUrl("person"))}>person</a> and <a href={href(site, entityListUrl("organization"))}>organization</a>, or{" "}
        <a href={href(site, SEARCH_URL)}>search the reports</a>. Follow them with the <a href={href(site, ARCHIVE_FEED)}>Atom feed</a>.
      </p>
      <ReportList site={site} articles={latest} />
      {total > latest.length ? (
        <p class="more">
          <a href={href(site, ARCHIVE_URL)}>All {String(total)} reports, by date</a>
        </p>
      ) : null}
    </BaseLayout>
  );
}
