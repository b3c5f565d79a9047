// resolvePublished: front matter against date line, zones and offsets, and the date problems it reports.
import { describe, expect, test } from "vitest";
import { parseDateLine } from "../../../src/parse/parse-date-line.ts";
import { ISO_WITH_OFFSET, resolvePublished, type DateSources } from "../../../src/parse/resolve-published.ts";

const FILE = "content/reports/r.txt";
const DATE_HINT = "Check the day and month; write it as 2017-10-21 or 2017-10-21T04:45:00-06:00.";
const ZONE_HINT =
  "Use an IANA zone name such as America/Edmonton, Asia/Damascus or Europe/London, or a fixed offset such as UTC+3.";

interface Given {
  date?: string;
  timezone?: string;
  dateLine?: string;
  defaultZone?: string;
}

/** Front matter fields sit on lines 2 (date) and 3 (timezone); the date line is on line 9. */
function sources(given: Given): DateSources {
  const src: DateSources = { file: FILE, fileLine: 1, defaultZone: given.defaultZone ?? "UTC" };
  if (given.date !== undefined) src.date = { value: given.date, line: 2 };
  if (given.timezone !== undefined) src.timezone = { value: given.timezone, line: 3 };
  if (given.dateLine !== undefined) {
    const parts = parseDateLine(given.dateLine);
    if (!parts) throw new Error(`test setup: ${given.dateLine} is not a date line`);
    src.dateLine = { text: given.dateLine, line: 9, parts };
  }
  return src;
}

function resolved(given: Given) {
  const { value, diagnostics } = resolvePublished(sources(given));
  expect(diagnostics).toEqual([]);
  if (!value) throw new Error("expected a date");
  return { iso: value.dateTime.toFormat(ISO_WITH_OFFSET), zone: value.dateTime.zoneName, precision: value.precision };
}

describe("resolvePublished: a zone the date line names that is not known", () => {
  // Copy as it arrives names zones by ambiguous abbreviations: the report is kept, as written, in
  // the default zone, with a warning that says how to name the zone.
  test.each([
    ["unknown", "21 October 2017 10:45 XYZ", "XYZ"],
    ["ambiguous", "21 October 2017 10:45 IST", "IST"],
  ])("%s: %j", (_name, dateLine, zone) => {
    const { value, diagnostics } = resolvePublished(sources({ dateLine, defaultZone: "Europe/London" }));
    expect(value?.dateTime.toFormat(ISO_WITH_OFFSET)).toBe("2017-10-21T10:45:00+01:00");
    expect(diagnostics).toEqual([
      {
        file: FILE,
        line: 9,
        rule: "date-line-zone-unknown",
        severity: "warning",
        message: `the date line's time zone "${zone}" is not one Dateline can be sure of (an abbreviation such as IST names India's, Ireland's or Israel's zone), so the time is shown as written, in Europe/London.`,
        hint: "Add 'timezone: ...' to the front matter with the zone's IANA name (such as Asia/Kolkata) or a fixed offset (such as UTC+4).",
      },
    ]);
  });
});

describe("resolvePublished", () => {
  test.each<[string, Given, string, string, "minute" | "day"]>([
    // The front matter date wins over the text's date line.
    ["date wins over date line", { date: "2016-04-03", dateLine: "Oct 21, 2017 | 4:45 AM" }, "2016-04-03T00:00:00+00:00", "UTC", "day"],
    // A bare date is that calendar day wherever the report is, never shifted into another day.
    ["bare date in UTC", { date: "2016-04-03" }, "2016-04-03T00:00:00+00:00", "UTC", "day"],
    ["bare date + timezone", { date: "2016-04-03", timezone: "America/Edmonton" }, "2016-04-03T00:00:00-06:00", "America/Edmonton", "day"],
    ["bare date + timezone east", { date: "2016-04-03", timezone: "Asia/Tokyo" }, "2016-04-03T00:00:00+09:00", "Asia/Tokyo", "day"],
    ["bare date, default zone", { date: "2016-04-03", defaultZone: "America/Los_Angeles" }, "2016-04-03T00:00:00-07:00", "America/Los_Angeles", "day"],
    // The seed report: a local time in the republishing site's zone.
    ["timezone + date line", { timezone: "America/Edmonton", dateLine: "Oct 21, 2017 | 4:45 AM" }, "2017-10-21T04:45:00-06:00", "America/Edmonton", "minute"],
    ["late evening stays on the day", { timezone: "UTC-6", dateLine: "Oct 21, 2017 | 11:30 PM" }, "2017-10-21T23:30:00-06:00", "UTC-6", "minute"],
    ["early morning stays on the day", { timezone: "UTC+14", dateLine: "Oct 21, 2017 | 12:10 AM" }, "2017-10-21T00:10:00+14:00", "UTC+14", "minute"],
    // A written offset fixes the instant; the report's zone decides how it is shown.
    ["offset + timezone", { date: "2017-10-21T04:45:00-06:00", timezone: "Asia/Damascus" }, "2017-10-21T13:45:00+03:00", "Asia/Damascus", "minute"],
    ["offset + timezone, day before", { date: "2017-10-21T04:45:00+03:00", timezone: "America/Edmonton" }, "2017-10-20T19:45:00-06:00", "America/Edmonton", "minute"],
    ["offset alone", { date: "2017-10-21T04:45:00-06:00" }, "2017-10-21T04:45:00-06:00", "UTC-6", "minute"],
    ["Z alone", { date: "2017-10-21T04:45Z", defaultZone: "America/Edmonton" }, "2017-10-21T04:45:00+00:00", "UTC", "minute"],
    ["no offset, default zone", { date: "2017-10-21T04:45:00", defaultZone: "America/Edmonton" }, "2017-10-21T04:45:00-06:00", "America/Edmonton", "minute"],
    // A zone named in the date line, when the front matter names none.
    ["EDT in date line", { dateLine: "October 21, 2017 4:45 a.m. EDT" }, "2017-10-21T04:45:00-04:00", "UTC-4", "minute"],
    ["ET in date line", { dateLine: "Published: Oct. 21, 2017 at 4:45 p.m. ET" }, "2017-10-21T16:45:00-04:00", "America/New_York", "minute"],
    ["GMT in date line", { dateLine: "21 October 2017 10:45 GMT", defaultZone: "Asia/Tokyo" }, "2017-10-21T10:45:00+00:00", "UTC", "minute"],
    ["front matter zone beats date line zone", { timezone: "Asia/Beirut", dateLine: "21 October 2017 10:45 GMT" }, "2017-10-21T10:45:00+03:00", "Asia/Beirut", "minute"],
    ["date-only date line", { dateLine: "Saturday, October 21, 2017", timezone: "Asia/Damascus" }, "2017-10-21T00:00:00+03:00", "Asia/Damascus", "day"],
    ["seconds kept", { date: "2017-10-21 10:45:30" }, "2017-10-21T10:45:30+00:00", "UTC", "minute"],
  ])("%s: %j", (_name, given, iso, zone, precision) => {
    expect(resolved(given)).toEqual({ iso, zone, precision });
  });

  test.each<[string, Given, { rule: string; line: number; message: string; hint: string }]>([
    [
      "unknown timezone",
      { timezone: "Mountain Time", dateLine: "Oct 21, 2017 | 4:45 AM" },
      { rule: "timezone-unknown", line: 3, message: 'time zone "Mountain Time" is not a known time zone.', hint: ZONE_HINT },
    ],
    [
      "local timezone",
      { timezone: "local", date: "2017-10-21" },
      { rule: "timezone-unknown", line: 3, message: 'time zone "local" is not a known time zone.', hint: ZONE_HINT },
    ],
    [
      "February 30",
      { date: "2017-02-30" },
      {
        rule: "date-impossible",
        line: 2,
        message: 'date "2017-02-30" is not a real date: you specified 30 (of type number) as a day.',
        hint: DATE_HINT,
      },
    ],
    [
      "an offset beyond +14:00",
      { date: "2017-10-21T04:45:00+15:00" },
      { rule: "date-impossible", line: 2, message: 'date "2017-10-21T04:45:00+15:00" is not a real date: the offset +15:00 is beyond ±14:00.', hint: DATE_HINT },
    ],
    [
      "an offset beyond -14:00 in a date line",
      { dateLine: "Oct 21, 2017 | 4:45 AM -1430" },
      { rule: "date-impossible", line: 9, message: 'date line "Oct 21, 2017 | 4:45 AM -1430" is not a real date: the offset -14:30 is beyond ±14:00.', hint: DATE_HINT },
    ],
    [
      "an offset with 75 minutes",
      { date: "2017-10-21T04:45:00+05:75" },
      { rule: "date-impossible", line: 2, message: 'date "2017-10-21T04:45:00+05:75" is not a real date: the offset\'s minutes are beyond 59.', hint: DATE_HINT },
    ],
    [
      "a zone that moves the year 1 into the year 0",
      { date: "0001-01-01T01:00:00+00:00", timezone: "America/New_York" },
      {
        rule: "date-out-of-range",
        line: 2,
        message: 'date "0001-01-01T01:00:00+00:00" falls on 0000-12-31 20:03 -04:56, outside the years 0001 to 9999 that URLs and feeds can hold.',
        hint: "Check the year and the offset; write it as 2017-10-21 or 2017-10-21T04:45:00-06:00.",
      },
    ],
    [
      "the year 9999 that is already 10000 in UTC",
      { date: "9999-12-31T23:00:00-05:00" },
      {
        rule: "date-out-of-range",
        line: 2,
        message: 'date "9999-12-31T23:00:00-05:00" falls on 9999-12-31 23:00 -05:00 (10000 in UTC), outside the years 0001 to 9999 that URLs and feeds can hold.',
        hint: "Check the year and the offset; write it as 2017-10-21 or 2017-10-21T04:45:00-06:00.",
      },
    ],
    [
      "month 13",
      { date: "2017-13-45" },
      {
        rule: "date-impossible",
        line: 2,
        message: 'date "2017-13-45" is not a real date: you specified 13 (of type number) as a month.',
        hint: DATE_HINT,
      },
    ],
    [
      "impossible date line",
      { dateLine: "Feb 30, 2017 | 4:45 AM" },
      {
        rule: "date-impossible",
        line: 9,
        message: 'date line "Feb 30, 2017 | 4:45 AM" is not a real date: you specified 30 (of type number) as a day.',
        hint: DATE_HINT,
      },
    ],
    [
      "unreadable date",
      { date: "next Tuesday", dateLine: "Oct 21, 2017 | 4:45 AM" },
      {
        rule: "date-unparseable",
        line: 2,
        message: 'date "next Tuesday" is not a date Dateline can read.',
        hint: "Write it as 2017-10-21 or 2017-10-21T04:45:00-06:00.",
      },
    ],
    [
      "no date at all",
      { timezone: "America/Edmonton" },
      {
        rule: "date-missing",
        line: 1,
        message: "the report has no date: the text has no date line and the front matter no 'date'.",
        hint: "Add 'date: 2017-10-21' to the front matter (or a full time such as 2017-10-21T04:45:00-06:00).",
      },
    ],
  ])("%s: %j", (_name, given, expected) => {
    const { value, diagnostics } = resolvePublished(sources(given));
    expect(value).toBeNull();
    expect(diagnostics).toEqual([{ file: FILE, severity: "error", ...expected }]);
  });

  test("an unknown zone and an impossible date are both reported in one run", () => {
    const { value, diagnostics } = resolvePublished(sources({ timezone: "Mountain Time", date: "2017-02-30" }));
    expect(value).toBeNull();
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ["timezone-unknown", 3],
      ["date-impossible", 2],
    ]);
  });
});
