// The index pages /places/, /people/, /organizations/ (by name) and their /by-reports/ twins.
import type { EntityListPage } from "../src/indexes/entity-lists.ts";
import { href, type SiteOptions } from "../src/site/site-options.ts";
import { BaseLayout } from "./components/base-layout.tsx";
import { OverviewMap } from "./components/maps.tsx";
import { fedByPagesStage } from "../src/render/template-data.ts";

interface ListData {
  site: SiteOptions;
  page: EntityListPage;
}

export const data = fedByPagesStage("list");

export function render({ site, page: list }: ListData) {
  const kindTitle = list.title.split(" ")[0]!;
  return (
    <BaseLayout site={site} title={list.title} description={`${kindTitle} named in the archive's reports, with the number of reports for each.`} path={list.url}>
      <h1>{kindTitle}</h1>
      <p class="sort-links">
        Sort by:{" "}
        {list.order === "name" ? <strong aria-current="true">name</strong> : <a href={href(site, list.urls.name)}>name</a>}
        {" · "}
        {list.order === "reports" ? <strong aria-current="true">number of reports</strong> : <a href={href(site, list.urls.reports)}>number of reports</a>}
      </p>
      {list.kind === "place" ? (
        <OverviewMap
          site={site}
          places={list.rows
            .filter((r) => r.reports > 0 && r.entity.coordinates)
            .map((r) => ({ name: r.entity.name, url: r.entity.url, coordinates: r.entity.coordinates!, reports: r.reports }))}
        />
      ) : null}
      <table class="entity-table">
        <caption>
          {list.rows.length} {kindTitle.toLowerCase()}, {list.order === "name" ? "by name" : "most reported first"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Reports</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((row) => (
            <tr>
              <th scope="row">
                <a href={href(site, row.entity.url)}>{row.entity.name}</a>
              </th>
              <td>{String(row.reports)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </BaseLayout>
  );
}
