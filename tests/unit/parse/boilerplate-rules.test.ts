// matchBoilerplate and findBoilerplate: which promo, trailer and signature paragraphs are set aside, and by which rule.
import { describe, expect, test } from "vitest";
import { BOILERPLATE_RULES, findBoilerplate, matchBoilerplate } from "../../../src/parse/boilerplate-rules.ts";

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
    ["Copyright  2017\tThe Associated Press.   All rights reserved.", "copyright"],
    ["This material may not be published, broadcast, rewritten or redistributed.", "rights-notice"],
    ["This material may not be published, broadcast, rewritten, or redistributed", "rights-notice"],
    ["___", "separator"],
    ["-----", "separator"],
    ["***", "separator"],
    ["Follow Zeina Karam on Twitter at https://twitter.com/zkaram", "follow-reporter"],
    ["Our Standards: The Thomson Reuters Trust Principles.", "reuters-standards"],
    ["__", "lone-punctuation"],
    ["•", "lone-punctuation"],
    ["Read also: Drone attacks cut off the island", "promo-read-more"],
    ["Related Stories", "nav-teaser"],
    ["DW recommends", "nav-teaser"],
    ["Don’t miss", "nav-teaser"],
    ["Story continues", "story-continues"],
    ["Content continues below", "story-continues"],
    ["Reuters- BRAZIL-FLOODS2 - May8", "story-slug"],
    ["This copy comes from an agency feed and has not been edited by our staff.", "agency-feed"],
    ["WATCH: Families flee the city as fighting closes in (2:31)", "video-title"],
    ["Video: Rescuers search collapsed homes 01:48", "video-title"],
    ["Video Duration 02 minutes 14 seconds", "video-duration"],
    ["Gallery: 12 photos", "gallery"],
    ["Image: Jane Roe/AFP", "photo-credit"],
    ["Photo: Volunteers evacuate residents by boat. EFE/Isaac Pontes", "photo-credit"],
    ["(Reuters/SANA)", "photo-credit-agency"],
    ["(Reuters)", "photo-credit-agency"],
    ["Smoke rises over the city, May 1, 2023. REUTERS/Stringer", "photo-caption"],
    ["A man walks past a damaged building. (AP Photo/Jane Roe, File)", "photo-caption"],
    ["Smoke rises over a village [Jane Roe/AFP]", "photo-caption"],
    ["FILE - A man walks past a damaged apartment building.", "photo-caption-file"],
    ["Purchase Licensing Rights", "licensing"],
    ["Send us your feedback", "feedback"],
    ["Share", "share-subscribe"],
    ["Email", "share-subscribe"],
    ["Share on Facebook", "share-subscribe"],
    ["Only part of AA's news output appears on this website, in short form.", "disclaimer"],
    ["(c) Agencia EFE", "copyright-line"],
    ["Copyright (C) Yonhap News Agency. All Rights Reserved.", "copyright-line"],
    ["Read Next", "nav-teaser"],
    ["Also Read | What made the hills so vulnerable", "promo-read-more-bar"],
    ["(END)", "end-mark"],
    ["Keywords", "tags"],
    ["#Kenya #floods", "hashtags"],
    ["Get the latest news from ST on WhatsApp and Telegram.", "promo-follow-channel"],
    ["Quoting our materials online requires a hyperlink to the source.", "disclaimer-quoting"],
    ["Photo Credit: PTI", "photo-credit"],
    ["Peter Mwangi/AP", "photo-credit-name"],
    ["Image 1 of 9", "gallery-count"],
    ["© dpa-infocom, dpa:240312-99-318245/3", "copyright-line"],
  ])("%j is %j", (paragraph, rule) => {
    expect(matchBoilerplate(paragraph)).toBe(rule);
  });

  // A desk signature is only boilerplate where it closes the story; elsewhere "and/or" is text.
  test.each<[string, string | null, string | null]>([
    ["bur-kir/jm", null, "afp-signature"],
    ["ser/dc", null, "afp-signature"],
    ["sct-lth/hkb/ach", null, "afp-signature"],
    ["and/or", null, "afp-signature"],
  ])("%j: %j in the story, %j at its end", (paragraph, inStory, atEnd) => {
    expect(matchBoilerplate(paragraph)).toBe(inStory);
    expect(matchBoilerplate(paragraph, true)).toBe(atEnd);
  });

  test("findBoilerplate tries end-only rules on the closing run of paragraphs only", () => {
    expect(findBoilerplate(["Text.", "and/or", "More text.", "bur-kir/jm", "Copyright 2017 AFP. All rights reserved."])).toEqual([
      null, null, null, "afp-signature", "copyright",
    ]);
  });

  test.each([
    "Syrian government forces and their allies regained control Saturday of a predominantly Christian central town.",
    "Readers who subscribe to the paper’s newsletter will get the story by email.",
    "Residents who did not subscribe to the alert service were warned by text message and email.",
    "The army said it would follow up on the reports of attacks, and called on residents to stay connected to state radio.",
    "Copyright lawyers said the ruling could reshape the industry.",
    "Associated Press writer Lena Forsberg in Portland contributed to this report.",
    "(Reporting by Tom Perry; Editing by Alison Williams)",
    "km/h",
    "BUR-KIR/JM",
    // Runs of space are squeezed before matching, but a line break still ends what `.` reaches.
    "Sign up\nfor the newsletter",
    // A markdown image's path is not a photo credit's "(AP Photo/Name)".
    "![Trucks at the town gate](photos/convoy.jpg)",
  ])("%j is report text", (paragraph) => {
    expect(matchBoilerplate(paragraph)).toBeNull();
  });

  test("every rule has a unique id", () => {
    const ids = BOILERPLATE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("findBoilerplate: what follows a rule's line", () => {
  test.each<[string[], (string | null)[]]>([
    [["Video Duration 02 minutes 14 seconds", "02:14", "The story goes on."], ["video-duration", "video-title", null]],
    [["Related Stories", "Feds urge Canadians to register", "The story goes on."], ["nav-teaser", "nav-teaser", null]],
    [["The story.", "Tags", "Brazil", "Floods", "Share"], [null, "tags", "tags", "tags", "share-subscribe"]],
  ])("%j", (paragraphs, rules) => {
    expect(findBoilerplate(paragraphs)).toEqual(rules);
  });
});
