// A date or date-time an editor writes besides a report's own date (an embargo, an update, a
// correction, a withdrawal): read as a date line is, in a given zone unless it writes an offset.
import { DateTime, FixedOffsetZone } from "luxon";
import { problems } from "../diagnostics/catalog.ts";
import type { Diagnostic } from "../types.ts";
import { parseDateLine } from "./parse-date-line.ts";
import { ISO_WITH_OFFSET } from "./resolve-published.ts";

export interface ReadDateTime {
  /** ISO 8601 with the zone's offset. */
  at: string;
  precision: "minute" | "day";
}

/** The date-time, or null after adding the problem that names `field` (unreadable, or not a real date). */
export function readDateTime(value: string, at: { file: string; line: number }, zone: string, field: string, diagnostics: Diagnostic[]): ReadDateTime | null {
  const parts = parseDateLine(value);
  if (!parts) return diagnostics.push(problems.dateUnparseable(at, value, field)), null;
  const { year, month, day, hour = 0, minute = 0, second = 0 } = parts;
  const dateTime = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: parts.offset !== undefined ? FixedOffsetZone.instance(parts.offset) : zone });
  if (!dateTime.isValid) return diagnostics.push(problems.dateImpossible(at, value, field, dateTime.invalidExplanation ?? "invalid")), null;
  return { at: dateTime.setZone(zone).toFormat(ISO_WITH_OFFSET), precision: parts.hour === undefined ? "day" : "minute" };
}

/** As a page shows it: the day alone when only the day is known ("2017-10-22"), else the date-time. */
export function dayOrInstant(read: ReadDateTime): string {
  return read.precision === "day" ? read.at.slice(0, 10) : read.at;
}
