// Dates as readers see them, always in the report's own zone (never converted to UTC).
import { DateTime } from "luxon";
import type { ArticleRecord } from "../types.ts";

type Dated = Pick<ArticleRecord, "published" | "zone" | "precision">;

export function publishedDateTime(article: Dated): DateTime {
  return DateTime.fromISO(article.published, { zone: article.zone }).setLocale("en-US");
}

/** "Saturday, October 21, 2017, 4:45 AM MDT", or "Sunday, April 3, 2016" when only the day is known. */
export function humanDate(article: Dated): string {
  const dt = publishedDateTime(article);
  const day = dt.toFormat("cccc, LLLL d, yyyy");
  return article.precision === "day" ? day : `${day}, ${dt.toFormat("h:mm a ZZZZ")}`;
}

/** "Oct 21, 2017": for lists. */
export function shortDate(article: Dated): string {
  return publishedDateTime(article).toFormat("LLL d, yyyy");
}

/** The value of <time datetime>: the full date-time with offset, or just the day when that is all we know. */
export function machineDate(article: Dated): string {
  return article.precision === "day" ? publishedDateTime(article).toFormat("yyyy-MM-dd") : article.published;
}
