// A withdrawn report's page (front matter withdrawn:): at its old URL, it says the report was
// taken back, when and why, and offers the ways into the archive; the text is gone.
import type { WithdrawnPage } from "../src/pages/build-pages.ts";
import { fedByPagesStage } from "../src/render/template-data.ts";
import type { SiteOptions } from "../src/site/site-options.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { ReportDate } from "./components/report-date.tsx";
import { WaysIn } from "./components/ways-in.tsx";

export const data = fedByPagesStage("withdrawn");

export function render({ site, page }: { site: SiteOptions; page: WithdrawnPage }) {
  return (
    <BaseLayout site={site} title={`Withdrawn: ${page.headline}`} description="This report has been withdrawn from the archive." path={page.url} head={<meta name="robots" content="noindex" />}>
      <article class="report withdrawn">
        <h1>This report has been withdrawn</h1>
        <p class="report-meta">
          “{page.headline}”, first published <ReportDate article={page.report} />, was withdrawn on{" "}
          <ReportDate article={{ published: page.date, zone: page.report.zone, precision: page.date.length === 10 ? "day" : "minute" }} />.
        </p>
        <p>{page.note}</p>
        <WaysIn site={site} ways={["latest", "dates", "search"]} />
      </article>
    </BaseLayout>
  );
}
