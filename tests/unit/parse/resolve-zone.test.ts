// resolveZoneName: IANA names, fixed offsets and wire abbreviations, and the names it refuses.
import { describe, expect, test } from "vitest";
import { resolveZoneName } from "../../../src/parse/resolve-zone.ts";

describe("resolveZoneName", () => {
  test.each<[string, string]>([
    ["America/Edmonton", "America/Edmonton"],
    ["america/edmonton", "America/Edmonton"],
    ["UTC+14", "UTC+14"],
    ["UTC-12", "UTC-12"],
    ["  Asia/Damascus  ", "Asia/Damascus"],
    ["Europe/London", "Europe/London"],
    ["Etc/GMT+6", "Etc/GMT+6"],
    ["UTC", "UTC"],
    ["utc", "UTC"],
    ["GMT", "UTC"],
    ["Z", "UTC"],
    ["UTC+3", "UTC+3"],
    ["UTC -6", "UTC-6"],
    ["GMT-6", "UTC-6"],
    ["UTC+05:30", "UTC+5:30"],
    // Daylight-time abbreviations are fixed offsets; the generic US names are regions.
    ["EDT", "UTC-4"],
    ["edt", "UTC-4"],
    ["EST", "UTC-5"],
    ["CEST", "UTC+2"],
    ["BST", "UTC+1"],
    ["JST", "UTC+9"],
    ["ET", "America/New_York"],
    ["PT", "America/Los_Angeles"],
  ])("resolves %j to %j", (name, zone) => {
    expect(resolveZoneName(name)).toBe(zone);
  });

  test.each([
    "Mountain Time",
    "Mars/Olympus",
    "local",
    "System",
    "",
    "+03:00",
    // Ambiguous abbreviations need `timezone:`; ICU alone would read them as India, Alaska, Egypt, Auckland.
    "IST",
    "AST",
    "ART",
    "NST",
    "XYZ",
    "ist",
    "UTC+25",
  ])("refuses %j", (name) => {
    expect(resolveZoneName(name)).toBeNull();
  });
});
