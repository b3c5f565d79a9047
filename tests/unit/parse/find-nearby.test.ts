// nearbyDate and nearbyHeadline: what a report without a date or headline says nearby.
import { describe, expect, test } from "vitest";
import { nearbyDate, nearbyHeadline } from "../../../src/parse/find-nearby.ts";

describe("nearbyDate", () => {
  test.each<[string, string, ReturnType<typeof nearbyDate>]>([
    ["content/reports/2019-11-04-dw-iraq.txt", "Text.", { value: "2019-11-04", where: "The file name (2019-11-04-dw-iraq.txt)" }],
    ["content/reports/story.txt", "https://levantdispatch.net/news/2021/08/04/lebanon-marks-anniversary\nText.", { value: "2021-08-04", where: "The address on line 3" }],
    ["content/reports/2019-02-30-impossible.txt", "Text.", null],
    ["content/reports/story.txt", "No address here.", null],
  ])("%s", (path, text, expected) => {
    expect(nearbyDate(path, text, 3)).toEqual(expected);
  });
});

describe("nearbyHeadline", () => {
  test.each<[string, ReturnType<typeof nearbyHeadline>]>([
    ["https://levantdispatch.net/news/2021/08/04/lebanon-marks-port-blast-anniversary\nText.", { value: "Lebanon marks port blast anniversary", where: "The address on line 1" }],
    ["https://example.net/story.html?id=3\nText.", null],
    ["Text only.", null],
  ])("%j", (text, expected) => {
    expect(nearbyHeadline(text, 1)).toEqual(expected);
  });
});
