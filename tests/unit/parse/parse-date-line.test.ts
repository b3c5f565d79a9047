// parseDateLine: which lines are date lines, and the date, time and zone parts read from them.
import { describe, expect, test } from "vitest";
import { parseDateLine, type DateLineParts } from "../../../src/parse/parse-date-line.ts";

const OCT_21 = { year: 2017, month: 10, day: 21 } as const;

describe("parseDateLine", () => {
  test.each<[string, DateLineParts]>([
    // Republishing sites
    ["Oct 21, 2017 | 4:45 AM", { ...OCT_21, hour: 4, minute: 45 }],
    ["October 21, 2017 4:45 a.m. EDT", { ...OCT_21, hour: 4, minute: 45, zoneName: "EDT" }],
    ["Published: Oct. 21, 2017 at 4:45 p.m. ET", { ...OCT_21, hour: 16, minute: 45, zoneName: "ET" }],
    ["Updated on Oct 21, 2017 at 4:45 pm EDT", { ...OCT_21, hour: 16, minute: 45, zoneName: "EDT" }],
    ["Saturday, October 21, 2017", { ...OCT_21 }],
    ["Sat, 21 Oct 2017 10:45:30 GMT", { ...OCT_21, hour: 10, minute: 45, second: 30, zoneName: "GMT" }],
    ["October 21, 2017 / 4:45 AM / Updated 2 hours ago", { ...OCT_21, hour: 4, minute: 45 }],
    ["Oct 21, 2017 · 3 hours ago", { ...OCT_21 }],
    ["Oct 21 2017", { ...OCT_21 }],
    ["May 3, 2016 4 PM", { year: 2016, month: 5, day: 3, hour: 16, minute: 0 }],
    // Agencies
    ["21 October 2017 10:45 GMT", { ...OCT_21, hour: 10, minute: 45, zoneName: "GMT" }],
    ["21 Oct 2017, 10:45", { ...OCT_21, hour: 10, minute: 45 }],
    ["21st October 2017", { ...OCT_21 }],
    ["21 October 2017 10:45 UTC+3", { ...OCT_21, hour: 10, minute: 45, zoneName: "UTC+3" }],
    ["21.10.2017 10:45", { ...OCT_21, hour: 10, minute: 45 }],
    // Slashes only when the order is not in doubt (a number above 12 is the day).
    ["10/21/2017", { ...OCT_21 }],
    ["21/10/2017 10:45", { ...OCT_21, hour: 10, minute: 45 }],
    // The time first, as AP's "Published" and "Updated" lines have it.
    ["Published 9:40 AM EST, November 8, 2023", { year: 2023, month: 11, day: 8, hour: 9, minute: 40, zoneName: "EST" }],
    ["Updated 6:18 PM GMT-3, May 15, 2024", { year: 2024, month: 5, day: 15, hour: 18, minute: 18, zoneName: "GMT-3" }],
    ["Wed, June 12, 2024 at 5:45 PM GMT+3", { year: 2024, month: 6, day: 12, hour: 17, minute: 45, zoneName: "GMT+3" }],
    // Glued by a scraper.
    ["May 8, 20248:31 PM GMT-3Updated 14 hours ago", { year: 2024, month: 5, day: 8, hour: 20, minute: 31, zoneName: "GMT-3" }],
    // ISO 8601, as editors write it in front matter
    ["2017-10-21", { ...OCT_21 }],
    ["2016-04-03", { year: 2016, month: 4, day: 3 }],
    ["2017-10-21 16:30", { ...OCT_21, hour: 16, minute: 30 }],
    ["2017-10-21T04:45:00-06:00", { ...OCT_21, hour: 4, minute: 45, second: 0, offset: -360 }],
    ["2017-10-21T04:45Z", { ...OCT_21, hour: 4, minute: 45, offset: 0 }],
    ["2017-10-21T04:45:30.123+05:30", { ...OCT_21, hour: 4, minute: 45, second: 30, offset: 330 }],
    ["2017-10-21 04:45 +0300", { ...OCT_21, hour: 4, minute: 45, offset: 180 }],
    ["  2017-10-21T04:45Z  ", { ...OCT_21, hour: 4, minute: 45, offset: 0 }],
    // Extra space around the parts (the zone and the cut-off tail are matched on trimmed text)
    ["Oct 21, 2017   4:45 AM   EDT", { ...OCT_21, hour: 4, minute: 45, zoneName: "EDT" }],
    ["Oct 21, 2017   |   Updated 3 hours ago", { ...OCT_21 }],
    ["2017-10-21   Z", { ...OCT_21, offset: 0 }],
    [`Oct 21, 2017 | 4:45 AM${" ".repeat(300)}EDT`, { ...OCT_21, hour: 4, minute: 45, zoneName: "EDT" }],
  ])("reads %j", (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  test.each<[string, number, number]>([
    ["Oct 21, 2017 | 12:00 AM", 0, 0],
    ["Oct 21, 2017 | 12:30 AM", 0, 30],
    ["Oct 21, 2017 | 1:05 AM", 1, 5],
    ["Oct 21, 2017 | 11:59 AM", 11, 59],
    ["Oct 21, 2017 | 12:00 PM", 12, 0],
    ["Oct 21, 2017 | 12:30 PM", 12, 30],
    ["Oct 21, 2017 | 1:00 PM", 13, 0],
    ["Oct 21, 2017 | 11:59 p.m.", 23, 59],
    ["Oct 21, 2017 | 23:59", 23, 59],
  ])("reads the hour of %j as %i:%i", (line, hour, minute) => {
    expect(parseDateLine(line)).toMatchObject({ hour, minute });
  });

  // Shaped like a date but not a real one: the parts come back as written, and luxon rejects them
  // in resolvePublished with a date-impossible problem that names the line.
  test.each<[string, DateLineParts]>([
    ["2017-13-45", { year: 2017, month: 13, day: 45 }],
    ["2017-02-30", { year: 2017, month: 2, day: 30 }],
    ["Feb 30, 2017", { year: 2017, month: 2, day: 30 }],
    ["31.04.2017 10:45", { year: 2017, month: 4, day: 31, hour: 10, minute: 45 }],
    ["Oct 21, 2017 | 25:00", { ...OCT_21, hour: 25, minute: 0 }],
    ["Oct 21, 2017 | 13:00 PM", { ...OCT_21, hour: 25, minute: 0 }],
  ])("reads impossible %j as written", (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  test.each([
    "Syria troops capture central town recently taken by IS",
    "BEIRUT —",
    "BEIRUT — Syrian government forces and their allies regained control Saturday.",
    "The army said on Oct 21, 2017 that it had taken the town.",
    "Earlier Saturday, the Syrian army said Israeli forces struck one of its positions.",
    "Foo 21, 2017",
    "Oct 21, 2017 in Beirut",
    "Oct 21, 2017 4",
    "October 2017",
    "10/11/2017",
    "11/10/2017 10:45",
    "By Bassem Mroue",
    "",
    // A date line is one short line: past 200 characters it is text, whatever it starts with.
    `Oct 21, 2017 | Updated ${"and again ".repeat(20)}`,
  ])("%j is not a date line", (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});
