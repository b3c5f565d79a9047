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

describe("entryId", () => {
  test("a tag: URI of the site's host, the year and the report's id: the headline and URL do not enter it", async () => {
    const { entryId } = await import("../../../src/site/atom-feed.ts");
    const { makeSiteOptions } = await import("../../../src/site/site-options.ts");
    const site = makeSiteOptions({ siteUrl: "https://archive.example.org:8443/base", pathPrefix: "/news/" });
    expect(entryId(site, { id: "000_0b9dd1b0225d99c4", published: "2017-10-21T04:45:00-06:00" })).toBe("tag:archive.example.org,2017:report:000_0b9dd1b0225d99c4");
    expect(entryId(site, { id: "a b/c", published: "2016-04-03T00:00:00+00:00" })).toBe("tag:archive.example.org,2016:report:a%20b%2Fc");
  });
});
