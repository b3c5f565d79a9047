// A report's old address (front matter redirect_from): a page that sends the reader on, for hosts
// that do not read _redirects (GitHub Pages), with the report's page as its canonical link.
import type { RedirectPage } from "../src/pages/build-pages.ts";
import { fedByPagesStage } from "../src/render/template-data.ts";
import { absoluteUrl, href, type SiteOptions } from "../src/site/site-options.ts";

interface RedirectData {
  site: SiteOptions;
  page: RedirectPage;
}

export const data = fedByPagesStage("redirect");

export function render({ site, page }: RedirectData) {
  const to = href(site, page.target);
  return (
    <>
      {{ html: "<!DOCTYPE html>" }}
      <html lang={site.language}>
        <head>
          <meta charset="utf-8" />
          <title>{`Moved: ${page.headline}`}</title>
          <link rel="canonical" href={absoluteUrl(site, page.target)} />
          <meta http-equiv="refresh" content={`0; url=${to}`} />
          <meta name="robots" content="noindex" />
        </head>
        <body>
          <p>
            This report has moved to <a href={to}>{page.headline}</a>.
          </p>
        </body>
      </html>
    </>
  );
}
