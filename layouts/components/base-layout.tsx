// The page shell every page shares: head, skip link, site header and navigation, footer.
import { ARCHIVE_URL, entityListUrl, HOME_URL, SEARCH_URL } from "../../src/routes.ts";
import { absoluteUrl, assetHref, href, type SiteOptions, type SiteParts } from "../../src/site/site-options.ts";
import { jsonLdText } from "../../src/site/structured-data.ts";

export interface BaseLayoutProps {
  site: SiteOptions;
  /** The page's own title; the site name is added after it. */
  title: string;
  description: string;
  /** Site path of this page, for the canonical link. */
  path: string;
  children?: unknown;
  /** Extra elements for <head> (the search page's script and styles). */
  head?: unknown;
  /** A feed that follows this page, linked with rel="alternate". */
  feed?: { url: string; title: string };
  /** schema.org data for the page, as JSON-LD. */
  jsonLd?: object;
  /** Open Graph: "article" with its publication time, or a plain "website" page. */
  article?: { published: string };
  /** The header's search box (default: when the site has search); the search page has its own. */
  siteSearch?: boolean;
}

/** The site's sections, each with the part of the site it needs (none: always built). */
const NAV: [string, string, keyof SiteParts | null][] = [
  ["Latest", HOME_URL, null],
  ["Archive", ARCHIVE_URL, "dates"],
  ["Places", entityListUrl("place"), "entities"],
  ["People", entityListUrl("person"), "entities"],
  ["Organizations", entityListUrl("organization"), "entities"],
];

/** Open Graph's form of a language: "en" -> "en_US", "pt-BR" -> "pt_BR" (its likeliest region when it names none). */
function ogLocale(language: string): string {
  const locale = new Intl.Locale(language).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

/** The home link is current on the home page only; a section link on every page inside it. */
function isCurrent(path: string, target: string): boolean {
  return target === HOME_URL ? path === HOME_URL : path.startsWith(target);
}

export function BaseLayout({ site, title, description, path, children, head, feed, jsonLd, article, siteSearch = true }: BaseLayoutProps) {
  const fullTitle = path === HOME_URL ? site.title : `${title} | ${site.title}`;
  return (
    <>
      {{ html: "<!DOCTYPE html>" }}
      <html lang={site.language}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{fullTitle}</title>
          <meta name="description" content={description} />
          <link rel="canonical" href={absoluteUrl(site, path)} />
          <meta property="og:site_name" content={site.title} />
          <meta property="og:type" content={article ? "article" : "website"} />
          <meta property="og:title" content={title} />
          <meta property="og:description" content={description} />
          <meta property="og:url" content={absoluteUrl(site, path)} />
          <meta property="og:locale" content={ogLocale(site.language)} />
          {article ? <meta property="article:published_time" content={article.published} /> : null}
          <meta name="twitter:card" content="summary" />
          <meta name="twitter:title" content={title} />
          <meta name="twitter:description" content={description} />
          <link rel="icon" href={assetHref(site, "favicon.svg")} type="image/svg+xml" />
          <link rel="stylesheet" href={assetHref(site, "site.css")} />
          {feed ? <link rel="alternate" type="application/atom+xml" title={feed.title} href={absoluteUrl(site, feed.url)} /> : null}
          {jsonLd ? <script type="application/ld+json">{{ html: jsonLdText(jsonLd) }}</script> : null}
          {head}
        </head>
        <body>
          <a class="skip-link" href="#main">Skip to content</a>
          <header class="site-header">
            <a class="site-name" href={href(site, HOME_URL)}>{site.title}</a>
            {site.parts.search && siteSearch ? (
              <form class="site-search" role="search" action={href(site, SEARCH_URL)} method="get">
                <label for="site-search-q">Search reports</label>
                <input id="site-search-q" name="q" type="search" placeholder="Search the reports" />
                <button type="submit">Search</button>
              </form>
            ) : null}
            <nav aria-label="Site">
              <ul>
                {NAV.filter(([, , part]) => part === null || site.parts[part]).map(([label, target]) => (
                  <li>
                    <a href={href(site, target)} aria-current={isCurrent(path, target) ? "page" : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          <main id="main" tabindex="-1">
            {children}
          </main>
          <footer class="site-footer">
            <p>{site.title}: {site.description}</p>
          </footer>
        </body>
      </html>
    </>
  );
}
