// matchBoilerplate: which promo, trailer and signature paragraphs are set aside, and by which rule.
import { describe, expect, test } from "vitest";
import { BOILERPLATE_RULES, matchBoilerplate } from "../../../src/parse/boilerplate-rules.ts";

describe("matchBoilerplate", () => {
  test.each<[string, string]>([
    [
      "STAY CONNECTED: Have the stories that matter most delivered every night to your email inbox. Subscribe to our daily local news wrap.",
      "promo-newsletter",
    ],
    ["Sign up for our newsletter", "promo-newsletter"],
    ["Subscribe now to get our morning briefing in your inbox.", "promo-newsletter"],
    ["Follow us on Twitter @datelinenews", "promo-follow"],
    ["Read more: Syrian army retakes Al-Qaryatain from IS", "promo-read-more"],
    ["Related: Whale entanglements on the rise along the coast, researchers say", "promo-read-more"],
    ["Advertisement", "advertisement"],
    ["Share | Tweet | Email", "share-links"],
    ["Print · Email", "share-links"],
    ["Copyright 2017 The Associated Press. All rights reserved.", "copyright"],
    [
      "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
      "copyright",
    ],
    ["© 2017 Reuters. All rights reserved.", "copyright"],
    ["This material may not be published, broadcast, rewritten or redistributed.", "rights-notice"],
    ["This material may not be published, broadcast, rewritten, or redistributed", "rights-notice"],
    ["___", "separator"],
    ["-----", "separator"],
    ["***", "separator"],
    ["bur-kir/jm", "afp-signature"],
    ["ser/dc", "afp-signature"],
    ["sct-lth/hkb/ach", "afp-signature"],
  ])("%j is %j", (paragraph, rule) => {
    expect(matchBoilerplate(paragraph)).toBe(rule);
  });

  test.each([
    "Syrian government forces and their allies regained control Saturday of a predominantly Christian central town.",
    "Readers who subscribe to the paper’s newsletter will get the story by email.",
    "Residents who did not subscribe to the alert service were warned by text message and email.",
    "The army said it would follow up on the reports of attacks, and called on residents to stay connected to state radio.",
    "Copyright lawyers said the ruling could reshape the industry.",
    "Associated Press writer Lena Forsberg in Portland contributed to this report.",
    "(Reporting by Tom Perry; Editing by Alison Williams)",
    "Email",
    "km/h",
    "__",
    "BUR-KIR/JM",
  ])("%j is report text", (paragraph) => {
    expect(matchBoilerplate(paragraph)).toBeNull();
  });

  test("every rule has a unique id", () => {
    const ids = BOILERPLATE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
