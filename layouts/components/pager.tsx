// Previous / numbered / next links for a paged list; no link points at a page that does not exist.
import type { Paged } from "../../src/indexes/paginate.ts";
import { href, type SiteOptions } from "../../src/site/site-options.ts";

export function Pager({ site, paged, label }: { site: SiteOptions; paged: Paged<unknown>; label: string }) {
  if (paged.count === 1) return null;
  return (
    <nav class="pager" aria-label={label}>
      <ul>
        {paged.previous ? (
          <li>
            <a href={href(site, paged.previous)} rel="prev">
              Previous
            </a>
          </li>
        ) : null}
        {paged.urls.map((url, i) => (
          <li>
            {i + 1 === paged.number ? (
              <a href={href(site, url)} aria-current="page">
                {String(i + 1)}
              </a>
            ) : (
              <a href={href(site, url)}>{String(i + 1)}</a>
            )}
          </li>
        ))}
        {paged.next ? (
          <li>
            <a href={href(site, paged.next)} rel="next">
              Next
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
