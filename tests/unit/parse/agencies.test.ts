// normalizeAgency: one spelling per news agency, whichever abbreviation a byline or dateline uses.
import { describe, expect, test } from "vitest";
import { normalizeAgency } from "../../../src/parse/agencies.ts";

describe("normalizeAgency", () => {
  test.each<[string, string]>([
    ["AP", "The Associated Press"],
    ["Associated Press", "The Associated Press"],
    ["The Associated Press", "The Associated Press"],
    [" associated  press ", "The Associated Press"],
    ["AFP", "Agence France-Presse"],
    ["Agence France Presse", "Agence France-Presse"],
    ["Reuters", "Reuters"],
    ["Thomson Reuters", "Reuters"],
    ["dpa", "Deutsche Presse-Agentur"],
    ["UPI", "United Press International"],
    ["Xinhua", "Xinhua"],
    ["Anadolu", "Anadolu Agency"],
    ["SANA", "SANA"],
    ["Kyodo", "Kyodo News"],
    // Unknown names are kept as written, only trimmed.
    ["Agencies", "Agencies"],
    ["  The  Canadian Press ", "The Canadian Press"],
  ])("%j is %j", (name, canonical) => {
    expect(normalizeAgency(name)).toBe(canonical);
  });
});
