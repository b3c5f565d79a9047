// A report's date as a <time> element: the machine value with its offset, the human one in its own zone.
import { humanDate, machineDate, shortDate, timeOfDay } from "../../src/site/format-date.ts";
import type { ArticleRecord } from "../../src/types.ts";

type Dated = Pick<ArticleRecord, "published" | "zone" | "precision">;

export function ReportDate({ article, short = false }: { article: Dated; short?: boolean }) {
  return <time datetime={machineDate(article)}>{short ? shortDate(article) : humanDate(article)}</time>;
}

/** The time of day alone ("4:45 AM MDT"), under a heading that gives the day; nothing when only the day is known. */
export function ReportTime({ article }: { article: Dated }) {
  const time = timeOfDay(article);
  return time === null ? null : <time datetime={machineDate(article)}>{time}</time>;
}
