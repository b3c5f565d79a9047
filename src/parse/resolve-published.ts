// Decide a report's publication date-time, in its own zone, from front matter and the date line.
import { DateTime, FixedOffsetZone } from "luxon";
import { problems, type Nearby } from "../diagnostics/catalog.ts";
import type { Diagnostic } from "../types.ts";
import { parseDateLine, type DateLineParts } from "./parse-date-line.ts";
import { resolveZoneName } from "./resolve-zone.ts";

export interface Published {
  dateTime: DateTime;
  precision: "minute" | "day";
  /** The zone of the time is known (front matter's `timezone:`, an offset, a zone's name), not the default's guess. */
  zoneStated: boolean;
}

export interface DateSources {
  file: string;
  /** Front matter `date`, with its line. */
  date?: { value: string; line: number } | undefined;
  /** Front matter `timezone`, with its line. */
  timezone?: { value: string; line: number } | undefined;
  /** The date line found in the text, with its line. */
  dateLine?: { text: string; line: number; parts: DateLineParts } | undefined;
  /** Where a "no date" problem points: the start of the file. */
  fileLine: number;
  /** Zone for reports that name none (a site setting). */
  defaultZone: string;
  /** A date found near the text (its file name, an address in it), for the hint when it has none. */
  nearby?: () => Nearby | null;
}

/** ISO 8601 with a numeric offset always ("+00:00", never "Z"), seconds and no milliseconds. */
export const ISO_WITH_OFFSET = "yyyy-MM-dd'T'HH:mm:ssZZ";

const MAX_OFFSET_MINUTES = 14 * 60;

const inYearRange = (year: number) => year >= 1 && year <= 9999;

function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export function resolvePublished(src: DateSources): { value: Published | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fail = (d: Diagnostic) => (diagnostics.push(d), { value: null, diagnostics });

  let reportZone: string | null = null;
  if (src.timezone) {
    reportZone = resolveZoneName(src.timezone.value);
    if (!reportZone) diagnostics.push(problems.timezoneUnknown({ file: src.file, line: src.timezone.line }, src.timezone.value));
  }

  // Front matter wins over the text.
  let where: string;
  let raw: string;
  let line: number;
  let parts: DateLineParts | null;
  if (src.date) {
    ({ value: raw, line } = src.date);
    where = "date";
    parts = parseDateLine(raw);
    if (!parts) return fail(problems.dateUnparseable({ file: src.file, line }, raw, where));
  } else if (src.dateLine) {
    ({ text: raw, line, parts } = src.dateLine);
    where = "date line";
  } else {
    return fail(problems.dateMissing({ file: src.file, line: src.fileLine }, src.nearby?.() ?? null));
  }

  let zone = reportZone;
  let warnings: Diagnostic[] = [];
  if (!zone && !src.timezone && parts.zoneName) {
    zone = resolveZoneName(parts.zoneName);
    // In front matter an unknown zone is a mistake to mend; in copy as it arrives ("22:40 IST",
    // "02:10 AM GST") it is normal: the time is kept as written, in the default zone, with a warning.
    if (!zone && where === "date line") warnings = [problems.dateLineZoneUnknown({ file: src.file, line }, parts.zoneName, src.defaultZone)];
    else if (!zone) diagnostics.push(problems.timezoneUnknown({ file: src.file, line }, parts.zoneName));
  }

  // The date itself is checked even when the zone is unknown, so both problems are listed at once.
  const { year, month, day, hour, minute, second } = parts;
  const written = { year, month, day, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 };
  // Real offsets run from -12:00 to +14:00; luxon would accept +99:99 and shift the day with it.
  if (parts.offset !== undefined && !(Math.abs(parts.offset) <= MAX_OFFSET_MINUTES)) {
    const why = Number.isNaN(parts.offset) ? "the offset's minutes are beyond 59" : `the offset ${formatOffset(parts.offset)} is beyond ±14:00`;
    return fail(problems.dateImpossible({ file: src.file, line }, raw, where, why));
  }
  // A written offset fixes the instant; the report's zone (if given) then decides how it is shown.
  const writtenZone = parts.offset !== undefined ? FixedOffsetZone.instance(parts.offset) : (zone ?? src.defaultZone);
  let dateTime = DateTime.fromObject(written, { zone: writtenZone });
  if (!dateTime.isValid) {
    const explanation = (dateTime.invalidExplanation ?? dateTime.invalidReason ?? "invalid").replace(/, which is invalid$/, "");
    return fail(problems.dateImpossible({ file: src.file, line }, raw, where, explanation));
  }
  if (diagnostics.length > 0) return { value: null, diagnostics };
  if (parts.offset !== undefined && zone) dateTime = dateTime.setZone(zone);
  // URLs, feeds and sitemaps write years with four digits, in the report's zone and in UTC alike.
  const utcYear = dateTime.toUTC().year;
  if (!inYearRange(dateTime.year) || !inYearRange(utcYear)) {
    const shown = dateTime.toFormat("yyyy-MM-dd HH:mm ZZ");
    return fail(problems.dateOutOfRange({ file: src.file, line }, raw, where, inYearRange(dateTime.year) ? `${shown} (${utcYear} in UTC)` : shown));
  }
  const zoneStated = parts.offset !== undefined || zone !== null;
  return { value: { dateTime, precision: hour === undefined ? "day" : "minute", zoneStated }, diagnostics: [...diagnostics, ...warnings] };
}
