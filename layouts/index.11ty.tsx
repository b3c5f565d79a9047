// The home page: the newest reports, and the ways into the rest of the archive.
import { ARCHIVE_FEED, ARCHIVE_URL, HOME_URL } from "../src/routes.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import type { HomeView } from "../src/pages/site-views.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { ReportList } from "./components/report-list.tsx";
import { WaysIn } from "./components/ways-in.tsx";
import { fedByPagesStage } from "../src/render/template-data.ts";

interface HomeData {
  site: SiteOptions;
  page: HomeView;
}

export const data = fedByPagesStage("home");

export function render({ site, page }: HomeData) {
  const { latest, total } = page;
  return (
    <BaseLayout site={site} title="Latest reports" description={site.description} path={HOME_URL} feed={site.parts.archiveFeed ? { url: ARCHIVE_FEED, title: `${site.title}: latest reports` } : undefined}>
      <h1>Latest reports</h1>
      <WaysIn site={site} ways={["dates", "entities", "search", "feed"]} />
      <ReportList site={site} articles={latest} />
      {total > latest.length && site.parts.dates ? (
        <p class="more">
          <a href={href(site, ARCHIVE_URL)}>All {String(total)} reports, by date</a>
        </p>
      ) : null}
    </BaseLayout>
  );
}
