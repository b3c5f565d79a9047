// Atom feeds, made with the `feed` library (never string-built XML): the archive's and one per entity.
import { Feed } from "feed";
import markdownIt from "markdown-it";
import { HOME_URL, reportFileUrl } from "../routes.ts";
import type { ArticleFacts, LinkedArticle } from "../types.ts";
import { renderBody } from "./render-body.ts";
import { absoluteUrl, type SiteOptions } from "./site-options.ts";

// The feed library marks titles and summaries type="html": plain report text must be escaped first,
// or a headline such as "<b>x</b>" would be read as markup by feed readers.
const { escapeHtml } = markdownIt().utils;

/** How many of the newest reports a feed carries. */
export const FEED_SIZE = 50;

export interface FeedSpec {
  /** Site path of the feed file, e.g. "/places/qaryatayn/feed.xml". */
  url: string;
  /** Site path of the page the feed follows, e.g. "/places/qaryatayn/". */
  page: string;
  title: string;
  description: string;
  /**
   * Newest first. A full record's entry carries its text; facts alone give a summary entry (the
   * entity feeds: at 50 entries per entity, full texts would make the feeds many times the site).
   */
  articles: readonly (ArticleFacts | LinkedArticle)[];
}

/**
 * An entry's date as Atom writes it (in UTC). A report known only to the day is that calendar day
 * at 00:00 UTC: its own midnight, converted, would be the day before east of UTC (2016-04-03 in
 * Damascus is 2016-04-02T21:00Z).
 */
export function feedDate(article: Pick<ArticleFacts, "published" | "precision">): Date {
  return article.precision === "day" ? new Date(`${article.published.slice(0, 10)}T00:00:00Z`) : new Date(article.published);
}

/**
 * An entry's id: a tag: URI of the site's host, the year the report was published and its id
 * (the file's name), so a new headline (a new URL) is not a new entry to feed readers.
 */
export function entryId(site: SiteOptions, article: Pick<ArticleFacts, "id" | "published">): string {
  return `tag:${new URL(site.siteUrl).hostname},${article.published.slice(0, 4)}:report:${encodeURIComponent(article.id)}`;
}

export function renderAtomFeed(site: SiteOptions, spec: FeedSpec): string {
  const entries = spec.articles.slice(0, FEED_SIZE);
  const newest = entries[0];
  const feed = new Feed({
    id: absoluteUrl(site, spec.url),
    title: escapeHtml(spec.title),
    description: escapeHtml(spec.description),
    link: absoluteUrl(site, spec.page),
    // The newest report's time, not the build's: the same content gives the same feed.
    updated: newest ? feedDate(newest) : new Date(0),
    generator: "Dateline",
    feedLinks: { atom: absoluteUrl(site, spec.url) },
    author: { name: site.title, link: absoluteUrl(site, HOME_URL) },
    copyright: `Reports as received from their agencies; archive by ${site.title}.`,
  });
  for (const article of entries) {
    const author = article.byline ?? article.source;
    feed.addItem({
      title: escapeHtml(article.headline),
      id: entryId(site, article),
      link: absoluteUrl(site, article.url),
      // <updated> is the report's last change, <published> its first publication.
      date: article.updated ? feedDate({ published: article.updated.at, precision: article.updated.precision }) : feedDate(article),
      published: feedDate(article),
      description: escapeHtml(article.summary),
      ...("paragraphs" in article ? { content: renderBody(article, undefined, (image) => ({ src: absoluteUrl(site, reportFileUrl(article.url, image.name)) })) } : {}),
      ...(author ? { author: [{ name: author }] } : {}),
    });
  }
  // The feed library states a language in RSS only; Atom states it with xml:lang (RFC 4287, 2),
  // on the root element it writes just so. The tag is a checked BCP 47 tag: letters, digits, "-".
  const atom = feed.atom1();
  const root = `<feed xmlns="${ATOM_NS}">`;
  if (!atom.includes(root)) throw new Error("The feed library no longer writes <feed> as expected: update renderAtomFeed.");
  return atom.replace(root, `<feed xmlns="${ATOM_NS}" xml:lang="${site.language}">`);
}

const ATOM_NS = "http://www.w3.org/2005/Atom";
