// dateline.config.json: the site's settings, checked with file and line; the command line's flags override them.
import { cpSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readPage, textOf } from "../helpers/built-page.ts";
import { datelineHere, datelineIn } from "../helpers/run-cli.ts";
import { tempDir } from "../helpers/temp-content.ts";

/** A working folder with the seed content and this settings file. */
function site(config: string): string {
  const dir = tempDir("config");
  cpSync("content", path.join(dir, "content"), { recursive: true });
  writeFileSync(path.join(dir, "dateline.config.json"), config);
  return dir;
}

const SEED = "/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/";
const UNDATED_ZONE = "/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/";

describe("dateline.config.json", () => {
  test("its settings reach the site; --site-url overrides its siteUrl", async () => {
    const dir = site(JSON.stringify({ title: "Levant Wire Archive", description: "Reports from the Levant.", siteUrl: "https://levant.example.org", pathPrefix: "/wire/", defaultZone: "Asia/Damascus", linkPolicy: "all" }, null, 2));
    const built = await datelineIn(dir, "build", "--no-search");
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    const page = readPage(path.join(dir, "_site"), SEED);
    expect(textOf(page.querySelector("title"))).toBe("Syria troops capture central town recently taken by IS | Levant Wire Archive");
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(`https://levant.example.org/wire${SEED}`);
    // linkPolicy all: the body links some entity more than once.
    const hrefs = page.querySelectorAll(".report-body a.entity").map((a) => a.getAttribute("href"));
    expect(new Set(hrefs).size).toBeLessThan(hrefs.length);
    // defaultZone: the report that names no zone is in Damascus's.
    expect(readPage(path.join(dir, "_site"), UNDATED_ZONE).querySelector(".report-meta time")!.getAttribute("datetime")).toBe("2016-04-03");
    const overridden = await datelineIn(dir, "build", "--no-search", "--site-url", "https://other.example.org");
    expect(overridden.code).toBe(0);
    expect(readPage(path.join(dir, "_site"), SEED).querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(`https://other.example.org/wire${SEED}`);
  });

  test.each<[string, string, string]>([
    ['{\n  "title": "Archive",\n  "siteURL": "https://x.example.org"\n}', "dateline.config.json:3:", 'unknown setting "siteURL". Did you mean "siteUrl"? Known settings: title, description, siteUrl, pathPrefix, defaultZone, linkPolicy, language, pageSize, pages, feeds.'],
    ['{\n  "language": "english"\n}', "dateline.config.json:2:", 'setting "language" is "english", not a language tag such as en, de or pt-BR.'],
    ['{\n  "pageSize": 0\n}', "dateline.config.json:2:", 'setting "pageSize" is 0, not a whole number from 5 to 1000.'],
    ['{\n  "pages": ["dates", "tags"]\n}', "dateline.config.json:2:", 'setting "pages" is ["dates","tags"], not a list of some of "dates", "entities", "search", "api".'],
    ['{\n  "pages": ["dates"],\n  "feeds": ["entities"]\n}', "dateline.config.json:3:", 'setting "feeds" has "entities", but "pages" leaves out "entities": an entity\'s feed belongs to its page. Add "entities" to pages, or take it out of feeds.'],
    ['{\n  "linkPolicy": "some"\n}', "dateline.config.json:2:", `setting "linkPolicy" is "some", not "first" or "all".`],
    ['{\n  "siteUrl": "example.org"\n}', "dateline.config.json:2:", 'setting "siteUrl" is "example.org", not an absolute URL such as https://archive.example.org.'],
    ['{\n  "defaultZone": "Mars/Olympus"\n}', "dateline.config.json:2:", 'setting "defaultZone" is "Mars/Olympus", not a zone such as Asia/Damascus or UTC+3.'],
    ['{\n  "title": "Archive"\n  "siteUrl": "https://x.example.org"\n}', "dateline.config.json:", "the settings file is not valid JSON"],
  ])("a problem in it stops the build, naming file and line: %j", async (config, where, message) => {
    // Run in this process (it stops before building): the file named by its full path.
    const dir = site(config);
    const out = path.join(dir, "_site");
    const { code, stderr } = await datelineHere("build", "--no-search", "--config", path.join(dir, "dateline.config.json"), "--content", path.join(dir, "content"), "--out", out);
    expect(code).toBe(1);
    expect(stderr).toContain(`${dir}/${where}`);
    expect(stderr).toContain(message);
    expect(stderr).toContain(`dateline: build stopped; ${out} was left as it was.`);
  });

  test("language, pageSize, pages and feeds reach the site", async () => {
    const dir = site(JSON.stringify({ siteUrl: "https://levant.example.org", language: "fr", pageSize: 5, pages: ["dates"], feeds: ["archive"] }, null, 2));
    const built = await datelineIn(dir, "build");
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    const out = path.join(dir, "_site");
    expect(readPage(out, SEED).querySelector("html")!.getAttribute("lang")).toBe("fr");
    expect(readPage(out, "/").querySelectorAll("header nav a").map(textOf)).toEqual(["Latest", "Archive"]);
    for (const gone of ["places", "search", "pagefind", "api"]) expect(existsSync(path.join(out, gone)), gone).toBe(false);
    expect(existsSync(path.join(out, "feed.xml"))).toBe(true);
    expect(built.stdout).toContain("dateline: read 2 reports, wrote");
  });

  test("--config names another file; a missing one is a problem", async () => {
    const dir = site("{}");
    writeFileSync(path.join(dir, "staging.json"), JSON.stringify({ title: "Staging Archive" }));
    expect((await datelineIn(dir, "build", "--no-search", "--config", "staging.json")).code).toBe(0);
    expect(textOf(readPage(path.join(dir, "_site"), SEED).querySelector("title"))).toContain("| Staging Archive");
    const missing = await datelineIn(dir, "build", "--config", "nowhere.json");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('the settings file "nowhere.json" does not exist.');
  });
});
