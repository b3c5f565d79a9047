// Dates as readers see them, always in the report's own zone (never converted to UTC).
import { DateTime } from "luxon";
import type { ArticleRecord } from "../types.ts";

type Dated = Pick<ArticleRecord, "published" | "zone" | "precision">;

interface DateTexts {
  human: string;
  short: string;
  time: string | null;
  machine: string;
}

// A report's date appears on its own page, the home page, every entity timeline and related list
// that includes it: format it once per report, not once per appearance (luxon is the slow part).
const formatted = new Map<string, DateTexts>();

function textsOf(article: Dated): DateTexts {
  const key = `${article.published}|${article.zone}|${article.precision}`;
  let texts = formatted.get(key);
  if (!texts) {
    // The clock time is the one `published` writes with its offset: read at that fixed offset, no
    // zone rules are looked up. Only the zone's name ("MDT", "GMT+3") needs them, once per zone and offset.
    const dt = DateTime.fromISO(article.published, { setZone: true }).setLocale("en-US");
    const day = dt.toFormat("cccc, LLLL d, yyyy");
    const time = article.precision === "day" ? null : `${dt.toFormat("h:mm a")} ${zoneName(article, dt.offset)}`;
    texts = {
      human: time === null ? day : `${day}, ${time}`,
      short: dt.toFormat("LLL d, yyyy"),
      time,
      machine: article.precision === "day" ? dt.toFormat("yyyy-MM-dd") : article.published,
    };
    formatted.set(key, texts);
  }
  return texts;
}

const zoneNames = new Map<string, string>();

/** "MDT", "GMT+3", "UTC-4": the report's zone as it names itself at this offset (minutes). */
function zoneName(article: Dated, offset: number): string {
  const key = `${article.zone}|${offset}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    name = DateTime.fromISO(article.published, { zone: article.zone }).setLocale("en-US").toFormat("ZZZZ");
    zoneNames.set(key, name);
  }
  return name;
}

/** "Saturday, October 21, 2017, 4:45 AM MDT", or "Sunday, April 3, 2016" when only the day is known. */
export function humanDate(article: Dated): string {
  return textsOf(article).human;
}

/** "Oct 21, 2017": for lists. */
export function shortDate(article: Dated): string {
  return textsOf(article).short;
}

/** "4:45 AM MDT": the time of day alone, for a list under its day's heading; null when only the day is known. */
export function timeOfDay(article: Dated): string | null {
  return textsOf(article).time;
}

/** The value of <time datetime>: the full date-time with offset, or just the day when that is all we know. */
export function machineDate(article: Dated): string {
  return textsOf(article).machine;
}
