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
        {paged.links.map((link) =>
          link === null ? (
            <li class="gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li>
              {link.number === paged.number ? (
                <a href={href(site, link.url)} aria-current="page">
                  {String(link.number)}
                </a>
              ) : (
                <a href={href(site, link.url)}>{String(link.number)}</a>
              )}
            </li>
          ),
        )}
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
