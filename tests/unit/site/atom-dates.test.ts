// feedDate: the date an Atom entry carries, in UTC, without moving a day-only report to the day before.
import { describe, expect, test } from "vitest";
import { feedDate } from "../../../src/site/atom-feed.ts";

describe("feedDate", () => {
  test.each<[string, "day" | "minute", string]>([
    // Known to the day: that calendar day, whatever the report's zone.
    ["2016-04-03T00:00:00+03:00", "day", "2016-04-03T00:00:00.000Z"],
    ["2016-04-03T00:00:00-06:00", "day", "2016-04-03T00:00:00.000Z"],
    ["2016-04-03T00:00:00+00:00", "day", "2016-04-03T00:00:00.000Z"],
    // Known to the minute: the instant.
    ["2017-10-21T04:45:00-06:00", "minute", "2017-10-21T10:45:00.000Z"],
    ["2016-04-03T01:30:00+03:00", "minute", "2016-04-02T22:30:00.000Z"],
  ])("%s (%s)", (published, precision, iso) => {
    expect(feedDate({ published, precision }).toISOString()).toBe(iso);
  });
});
