// Archive › 2017 › October › 21: where a page sits in the date archive.
import type { Crumb } from "../../src/indexes/date-pages.ts";
import { href, type SiteOptions } from "../../src/site/site-options.ts";

export function Breadcrumbs({ site, crumbs }: { site: SiteOptions; crumbs: readonly Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {crumbs.map((c) => (
          <li>{c.url ? <a href={href(site, c.url)}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
