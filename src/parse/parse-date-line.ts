// Read a date line ("Oct 21, 2017 | 4:45 AM", "21 October 2017 10:45 GMT", "2017-10-21T04:45-06:00")
// into its parts. Pure: whether the parts make a real date is luxon's call, in resolve-published.
import { squeezeSpace } from "./squeeze-space.ts";

export interface DateLineParts {
  year: number;
  month: number;
  day: number;
  /** Absent when the line gives only a date. */
  hour?: number;
  minute?: number;
  second?: number;
  /** A numeric offset written in the line ("-06:00", "Z"), in minutes east of UTC. */
  offset?: number;
  /** A zone written as a name or abbreviation ("EDT", "GMT"); resolved by resolveZoneName. */
  zoneName?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

// Labels and noise a site puts around the date itself.
const PREFIX = /^(?:(?:first\s+)?(?:published|posted|updated|last updated|upd|issued|modified|date)(?:\s+on)?\s*[:-]?\s*)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?/i;
// No leading \s*: tried at every space of a long run, it made the search quadratic. The text is trimmed
// after the cut instead.
const SUFFIX = /(?:[|/·•]\s*|\s)(?:updated\b.*|\d+\s+\w+\s+ago)$/i;

const DATE_FORMS: readonly RegExp[] = [
  /^(?<mon>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})/, // Oct 21, 2017
  /^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Za-z]{3,9})\.?,?\s+(?<year>\d{4})/, // 21 October 2017
  /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})/, // 2017-10-21
  /^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})/, // 21.10.2017: European order, day first
  // 10/21/2017 or 21/10/2017: read only when one number is above 12, so the order is not in doubt.
  /^(?<first>\d{1,2})\/(?<second>\d{1,2})\/(?<year>\d{4})/,
];
const SEPARATOR = /^\s*(?:[|,·•/–—-]|\bat\b|T(?=\d))?\s*/i;
const TIME = /^(?<hour>\d{1,2})(?:[:.](?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?)?\s*(?<ampm>[ap]\.?\s?m\.?)?/i;
// Tested on trimmed text: `^\s*(...)?\s*$` backtracked over a run of spaces once per space.
const ZONE = /^(?:(?<utc>Z)|(?<offset>[+-]\d{2}(?::?\d{2})?)|\(?(?<name>[A-Z]{1,5}(?:[+-]\d{1,2})?)\)?)?$/;

/**
 * A date line is one short line; longer text is not one. The cap also bounds what the patterns
 * above scan: SUFFIX's `.*$` rescans to a line break once per "| updated" before it.
 */
const MAX_LENGTH = 200;

/** The parts of a date line, or null when the line is not shaped like one (it is then not a date line). */
export function parseDateLine(line: string): DateLineParts | null {
  // Runs of space are squeezed first, so a date line padded with spaces is still one, and short.
  // Scrapers glue parts together: "May 8, 20248:31 PM GMT-3Updated 14 hours ago".
  const squeezed = squeezeSpace(line.trim()).replace(/(\d{4})(\d{1,2}:\d{2})/, "$1 $2").replace(/(\S)(Updated\b)/, "$1 $2");
  if (squeezed.length > MAX_LENGTH) return null;
  const text = squeezed.replace(PREFIX, "").replace(SUFFIX, "").trimEnd();
  const date = readDate(text);
  if (date) return readTimeAndZone(text.slice(date.length), date.parts);
  return readTimeFirst(text);
}

function readDate(text: string): { parts: DateLineParts; length: number } | null {
  for (const form of DATE_FORMS) {
    const match = form.exec(text);
    if (!match?.groups) continue;
    const g = match.groups;
    let month = g.month !== undefined ? Number(g.month) : g.mon !== undefined ? MONTHS[g.mon.toLowerCase()] : undefined;
    let day = Number(g.day);
    if (g.first !== undefined) {
      const [first, second] = [Number(g.first), Number(g.second)];
      if ((first > 12) === (second > 12)) return null;
      [month, day] = first > 12 ? [second, first] : [first, second];
    }
    if (month === undefined) return null;
    return { parts: { year: Number(g.year), month, day }, length: match[0].length };
  }
  return null;
}

// "9:40 AM EST, November 8, 2023" (AP's "Published ..." and "Updated ..." lines): the time first.
const TIME_FIRST_SEPARATOR = /^\s*,?\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?/i;

function readTimeFirst(text: string): DateLineParts | null {
  const time = TIME.exec(text);
  if (!time?.groups || (time.groups.minute === undefined && time.groups.ampm === undefined)) return null;
  const afterTime = text.slice(time[0].length).trimStart();
  const zone = /^(?:(?<utc>Z)\b|(?<offset>[+-]\d{2}(?::?\d{2})?)|\(?(?<name>[A-Z]{1,5}(?:[+-]\d{1,2})?)\)?(?![\p{L}]))?/u.exec(afterTime)!;
  const rest = afterTime.slice(zone[0].length).replace(TIME_FIRST_SEPARATOR, "");
  const date = readDate(rest);
  if (!date || rest.slice(date.length).trim() !== "") return null;
  const t = time.groups;
  const parts: DateLineParts = { ...date.parts, hour: to24Hour(Number(t.hour), t.ampm), minute: Number(t.minute ?? 0) };
  if (t.second !== undefined) parts.second = Number(t.second);
  return withZone(parts, zone.groups);
}

function readTimeAndZone(rest: string, date: DateLineParts): DateLineParts | null {
  const zoneOnly = ZONE.exec(rest.trim());
  if (zoneOnly) return withZone(date, zoneOnly.groups);
  const afterSeparator = rest.replace(SEPARATOR, "");
  const time = TIME.exec(afterSeparator);
  if (!time?.groups || (time.groups.minute === undefined && time.groups.ampm === undefined)) return null;
  const zone = ZONE.exec(afterSeparator.slice(time[0].length).trim());
  if (!zone) return null;
  const t = time.groups;
  const parts: DateLineParts = { ...date, hour: to24Hour(Number(t.hour), t.ampm), minute: Number(t.minute ?? 0) };
  if (t.second !== undefined) parts.second = Number(t.second);
  return withZone(parts, zone.groups);
}

function withZone(parts: DateLineParts, groups: Record<string, string | undefined> | undefined): DateLineParts {
  if (groups?.utc) return { ...parts, offset: 0 };
  if (groups?.offset) return { ...parts, offset: offsetMinutes(groups.offset) };
  if (groups?.name) return { ...parts, zoneName: groups.name };
  return parts;
}

/** "4 AM" is 4, "12 AM" is 0, "12 PM" is 12; an hour over 12 with AM/PM is left impossible for luxon to reject. */
function to24Hour(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm.toLowerCase().startsWith("p");
  if (hour > 12) return hour + 12;
  return (hour % 12) + (pm ? 12 : 0);
}

/** "+05:30" -> 330; NaN when the minutes are not 00-59 ("+05:75"), for resolvePublished to refuse. */
function offsetMinutes(text: string): number {
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.slice(1).replace(":", "");
  const minutes = Number(digits.slice(2, 4) || 0);
  return minutes > 59 ? NaN : sign * (Number(digits.slice(0, 2)) * 60 + minutes);
}
