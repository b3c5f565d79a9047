// classifyHeaderLine: what each line above a story can be, one row per rule.
import { describe, expect, test } from "vitest";
import { classifyHeaderLine } from "../../../src/parse/header-lines.ts";

describe("classifyHeaderLine", () => {
  test.each<[string, string, Record<string, unknown>?]>([
    ["Skip to main menu", "noise", { rule: "skip-link" }],
    ["Posted by admin", "noise", { rule: "posted-by" }],
    ["https://example.net/news/2021/08/04/some-story", "noise", { rule: "url" }],
    ["*", "noise", { rule: "lone-punctuation" }],
    ["Home » World » Asia", "noise", { rule: "navigation" }],
    ["Top stories | Europe | Middle East | Asia", "noise", { rule: "navigation" }],
    ["News|Sudan war", "noise", { rule: "navigation" }],
    ["13:05", "time", { hour: 13, minute: 5 }],
    ["Published 9:40 AM EST, November 8, 2023", "date", { updated: false }],
    ["Updated 4:12 PM EST, November 8, 2023", "date", { updated: true }],
    ["PTI | Updated: Jun 15, 2023 22:40 IST", "date", { updated: true, rest: ["PTI"] }],
    ["Source: Xinhua | 2024-05-12 19:05:33 | Editor: Liu Yang", "date", { rest: ["Source: Xinhua", "Editor: Liu Yang"] }],
    ["KYODO NEWS - Jan 3, 2024 - 21:14 | Japan, All", "date", { parts: { year: 2024, month: 1, day: 3, hour: 21, minute: 14 } }],
    ["From Reuters - February 10, 2023", "date", { rest: ["From Reuters"] }],
    ["By Rania Aboud", "byline", { byline: { names: "Rania Aboud", organization: null } }],
    ["By SAMIR EL-AMIN and NORA KIPLAGAT Associated Press", "byline", { byline: { names: "SAMIR EL-AMIN and NORA KIPLAGAT", organization: "Associated Press" } }],
    ["Iryna Bondar and Maksym Tkachuk", "byline", { byline: { names: "Iryna Bondar and Maksym Tkachuk", organization: null } }],
    ["Defne Aksoy in Antakya", "byline", { byline: { names: "Defne Aksoy", organization: null } }],
    ["Nadine Karam| The Daily Star", "byline", { byline: { names: "Nadine Karam", organization: "The Daily Star" } }],
    ["Nation & World", "short"],
    ["AFP", "agency", { agency: "Agence France-Presse" }],
    [">> Reuters", "agency", { agency: "Reuters" }],
    ["dpa International", "agency", { agency: "Deutsche Presse-Agentur" }],
    ["Germany: Scholz defends budget deal | News | DW | 14.12.2023", "title", { headline: "Germany: Scholz defends budget deal", site: ["News", "DW"] }],
    ["Survivors pulled from rubble in Turkey as hopes fade - WKRB 7 Action News", "title", { headline: "Survivors pulled from rubble in Turkey as hopes fade", site: ["WKRB 7 Action News"] }],
    ["KAHRAMANMARAŞ, Türkiye", "dateline"],
    // A place-shaped line: the reader takes it as the dateline only right above the story.
    ["WORLD NEWS", "dateline"],
    ["World", "short"],
    ["Army jets pound Omdurman as Sudan truce talks stall", "heading"],
    ["Medics say patients were evacuated from the ward after it was struck during the night.", "sentence"],
    ["- a list item", "sentence"],
  ])("%j is a %s line", (line, kind, more = {}) => {
    expect(classifyHeaderLine(line)).toMatchObject({ kind, ...more });
  });
});
