// A report is shown and filed in its dateline place's zone when the gazetteer gives the place one
// and the report's time has a known zone; the time as written stays in the facts box. A time
// given with no zone, a day without a time, and a place the gazetteer gives no zone keep theirs.
import { describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const report = (headline: string, dateLine: string, dateline: string) => `${headline}\n\n${dateLine}\n\n${dateline} — ${headline} on Saturday, officials said.\n`;

describe("reports filed in their dateline place's zone", async () => {
  const out = tempDir("zones");
  const content = writeContent(
    {
      // 11:30 PM in New York is 6:30 AM the next day in Beirut.
      "late.txt": report("Ceasefire talks end late", "Oct 21, 2017 | 11:30 PM EDT", "BEIRUT"),
      // No zone written: read in the default zone (UTC), and not converted.
      "no-zone.txt": report("Port reopens to ships", "Oct 21, 2017 | 11:30 PM", "BEIRUT"),
      // Washington is not in the seed gazetteer: its copy's zone stays.
      "elsewhere.txt": report("Envoy meets senators", "Oct 21, 2017 | 11:30 PM EDT", "WASHINGTON"),
    },
    "content",
  );
  const result = await buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({}) });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const urlOf = (headline: string) => result.pipeline.archive.articles.find((a) => a.headline === headline)!.url;

  test("a late New York time from Beirut is the next morning in Beirut: its URL and day page are the 22nd's", () => {
    expect(urlOf("Ceasefire talks end late")).toBe("/2017/10/22/ceasefire-talks-end-late/");
    const page = readPage(out, "/2017/10/22/ceasefire-talks-end-late/");
    expect(textOf(page.querySelector(".report-header time"))).toBe("Sunday, October 22, 2017, 6:30 AM GMT+3");
    const facts = Object.fromEntries(page.querySelectorAll(".report-footer dt").map((dt, i) => [textOf(dt), textOf(page.querySelectorAll(".report-footer dd")[i])]));
    expect(facts["Time as written"]).toBe("Saturday, October 21, 2017, 11:30 PM UTC-4 (shown here in Beirut's time)");
    expect(readPage(out, "/2017/10/22/").querySelectorAll(".report-list a").map((a) => a.getAttribute("href"))).toContain("/2017/10/22/ceasefire-talks-end-late/");
  });

  test("a time written with no zone, and a place with none in the gazetteer, keep the time as written", () => {
    expect(urlOf("Port reopens to ships")).toBe("/2017/10/21/port-reopens-to-ships/");
    expect(textOf(readPage(out, "/2017/10/21/port-reopens-to-ships/").querySelector(".report-header time"))).toBe("Saturday, October 21, 2017, 11:30 PM UTC");
    expect(urlOf("Envoy meets senators")).toBe("/2017/10/21/envoy-meets-senators/");
    const page = readPage(out, "/2017/10/21/envoy-meets-senators/");
    expect(textOf(page.querySelector(".report-header time"))).toBe("Saturday, October 21, 2017, 11:30 PM UTC-4");
    expect(page.querySelectorAll(".report-footer dt").map(textOf)).not.toContain("Time as written");
  });

  test("a list of reports in several zones names each one's zone", () => {
    const times = readPage(out, "/2017/10/21/").querySelectorAll(".report-list time").map(textOf);
    expect(times.length).toBeGreaterThan(2);
    for (const time of times) expect(time).toMatch(/\d:\d\d [AP]M (?:[A-Z]{3,4}|(?:GMT|UTC)[+-]\d+|UTC)$/);
  });
});
