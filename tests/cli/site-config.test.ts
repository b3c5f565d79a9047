// dateline.config.json: the site's settings, checked with file and line; the command line's flags override them.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { readConfig } from "../../src/cli/read-config.ts";
import { siteSettings } from "../../src/cli/site-settings.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { BIN, datelineHere, datelineIn, type CliRun } from "../helpers/run-cli.ts";
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
    ['{\n  "title": "Archive",\n  "siteURL": "https://x.example.org"\n}', "dateline.config.json:3:", 'unknown setting "siteURL". Did you mean "siteUrl"? Known settings: title, description, siteUrl, pathPrefix, defaultZone, linkPolicy, language, pageSize, pages, feeds, followSymlinksOutOfContent.'],
    ['{\n  "language": "english"\n}', "dateline.config.json:2:", 'setting "language" is "english", not a language tag such as en, de or pt-BR.'],
    ['{\n  "pageSize": 0\n}', "dateline.config.json:2:", 'setting "pageSize" is 0, not a whole number from 5 to 1000.'],
    ['{\n  "pages": ["dates", "tags"]\n}', "dateline.config.json:2:", 'setting "pages" is ["dates","tags"], not a list of some of "dates", "entities", "search", "api".'],
    ['{\n  "pages": ["dates"],\n  "feeds": ["entities"]\n}', "dateline.config.json:3:", 'setting "feeds" has "entities", but "pages" leaves out "entities": an entity\'s feed belongs to its page. Add "entities" to pages, or take it out of feeds.'],
    ['{\n  "linkPolicy": "some"\n}', "dateline.config.json:2:", `setting "linkPolicy" is "some", not "first" or "all".`],
    ['{\n  "siteUrl": "example.org"\n}', "dateline.config.json:2:", 'setting "siteUrl" is "example.org", not an absolute URL such as https://archive.example.org.'],
    ['{\n  "defaultZone": "Mars/Olympus"\n}', "dateline.config.json:2:", 'setting "defaultZone" is "Mars/Olympus", not a zone such as Asia/Damascus or UTC+3.'],
    ['{\n  "title": "Archive"\n  "siteUrl": "https://x.example.org"\n}', "dateline.config.json:", "the settings file is not valid JSON"],
    // Issue 20, point 5: every string setting is one line of plain text.
    ['{\n  "title": "Levant\\u0000Wire"\n}', "dateline.config.json:2:", 'setting "title" has the control character U+0000 (NUL) in "Levant\\u0000Wire"; feeds and pages cannot carry it. Delete it from title: it is usually left over from a copy or a conversion. A setting is one line of plain text, without tabs.'],
    ['{\n  "title": "Levant Wire",\n  "description": "Reports\\u009b from the Levant"\n}', "dateline.config.json:3:", 'setting "description" has the control character U+009B in "Reports\\u009b from the Levant"; feeds and pages cannot carry it.'],
    ['{\n  "description": "Reports\\u007f from the Levant"\n}', "dateline.config.json:2:", 'setting "description" has the control character U+007F (DEL) in "Reports\\u007f from the Levant"; feeds and pages cannot carry it.'],
    ['{\n  "pathPrefix": "/wire\\t/"\n}', "dateline.config.json:2:", 'setting "pathPrefix" has the control character U+0009 (HT) in "/wire\\t/"; feeds and pages cannot carry it.'],
    ['{\n  "pages": ["dates", "sea\\u0007rch"]\n}', "dateline.config.json:2:", 'setting "pages" has the control character U+0007 (BEL) in "sea\\u0007rch"; feeds and pages cannot carry it. Delete it from pages:'],
    ['{\n  "siteUrl": "https://levant.example.org\\nDisallow: /"\n}', "dateline.config.json:2:", 'setting "siteUrl" has a line break, U+000A (LF), in "https://levant.example.org\\nDisallow: /"; a setting is one line, and robots.txt, the feeds and the pages would break where it does. Write siteUrl on one line, without the line break.'],
    ['{\n  "siteUrl": "https://levant.example.org/\\r"\n}', "dateline.config.json:2:", 'setting "siteUrl" has a line break, U+000D (CR), in "https://levant.example.org/\\r";'],
    ['{\n  "title": "Levant\\u2028Wire"\n}', "dateline.config.json:2:", 'setting "title" has a line break, U+2028 (LINE SEPARATOR), in "Levant\\u2028Wire"; a setting is one line, and robots.txt, the feeds and the pages would break where it does. Write title on one line, without the line break.'],
    ['{\n  "description": "Reports\\u2029from the Levant"\n}', "dateline.config.json:2:", 'setting "description" has a line break, U+2029 (PARAGRAPH SEPARATOR), in "Reports\\u2029from the Levant";'],
    // A long value is shown from just before the character, within the 80 characters a message quotes.
    [JSON.stringify({ title: `${"Levant Wire ".repeat(10)}\u0000` }), "dateline.config.json:1:", 'setting "title" has the control character U+0000 (NUL) in "... Wire Levant Wire Levant Wire \\u0000"; feeds and pages cannot carry it.'],
    // siteUrl is written as it is normalised: every link and feed id starts with it as written.
    ['{\n  "siteUrl": "HTTPS://Levant.Example.org:443/wire/"\n}', "dateline.config.json:2:", 'setting "siteUrl" is "HTTPS://Levant.Example.org:443/wire/", not written the way the address is normalised: "https://levant.example.org/wire". Write siteUrl as "https://levant.example.org/wire": every canonical link, feed id and sitemap entry starts with it as written (lower-case scheme and host, no default port, no query, fragment or user name).'],
    ['{\n  "siteUrl": "https://levant.example.org/?utm_source=feed#top"\n}', "dateline.config.json:2:", 'setting "siteUrl" is "https://levant.example.org/?utm_source=feed#top", not written the way the address is normalised: "https://levant.example.org". Write siteUrl as "https://levant.example.org":'],
    ['{\n  "siteUrl": "https://editor:secret@levant.example.org"\n}', "dateline.config.json:2:", 'not written the way the address is normalised: "https://levant.example.org".'],
    ['{\n  "siteUrl": "https://levant.example.org/wire archive"\n}', "dateline.config.json:2:", 'setting "siteUrl" is "https://levant.example.org/wire archive", not written the way the address is normalised: "https://levant.example.org/wire%20archive".'],
    ['{\n  "followSymlinksOutOfContent": "yes"\n}', "dateline.config.json:2:", 'setting "followSymlinksOutOfContent" is "yes", not true or false. Write followSymlinksOutOfContent as true or false.'],
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

  test("siteUrl in its normal form passes with or without trailing slashes; followSymlinksOutOfContent reaches the read stage's options", () => {
    for (const siteUrl of ["https://levant.example.org", "https://levant.example.org/", "https://levant.example.org/wire/", "http://localhost:8080"]) {
      const dir = site(JSON.stringify({ siteUrl }));
      expect(readConfig(path.join(dir, "dateline.config.json")).diagnostics, siteUrl).toEqual([]);
    }
    const dir = site(JSON.stringify({ followSymlinksOutOfContent: true }));
    const { config, diagnostics } = readConfig(path.join(dir, "dateline.config.json"));
    expect(diagnostics).toEqual([]);
    expect(siteSettings(config).read).toEqual({ followSymlinksOutOfContent: true });
    expect(siteSettings({}).read).toEqual({ followSymlinksOutOfContent: false });
  });

  describe("a settings path that is not a regular file is a problem, never a stack trace or a hang", () => {
    const notAFile = (file: string, kind: string, out: string) =>
      `${file}: error the settings file "${file}" is not a regular file: it is ${kind}. Settings are read from a JSON file: write them to a file at that path, or name one with --config FILE. [config-invalid]\nFound 1 error in 1 file.\ndateline: build stopped; ${out} was left as it was.\n`;

    test.each<[string, (file: string) => Promise<() => void> | void]>([
      ["a folder", (file) => void mkdirSync(file)],
      [
        "a socket",
        async (file) => {
          const server = createServer();
          await new Promise<void>((resolve) => server.listen(file, resolve));
          return () => server.close();
        },
      ],
    ])("--config naming %s", async (kind, make) => {
      const dir = site("{}");
      const file = path.join(dir, "settings.json");
      const cleanUp = await make(file);
      try {
        const out = path.join(dir, "_site");
        const { code, stderr } = await datelineHere("build", "--config", file, "--content", path.join(dir, "content"), "--out", out);
        expect(code).toBe(1);
        expect(stderr).toBe(notAFile(file, kind, out));
      } finally {
        cleanUp?.();
      }
    });

    test("--config naming a device", async () => {
      const out = path.join(tempDir("config"), "_site");
      const { code, stderr } = await datelineHere("build", "--config", "/dev/null", "--out", out);
      expect(code).toBe(1);
      expect(stderr).toBe(notAFile("/dev/null", "a character device", out));
    });

    // In a child process with a time limit: reading a named pipe blocks the whole thread, and a
    // test that blocked vitest's would never time out.
    const withinTime = (cwd: string, ...args: string[]): Promise<CliRun> =>
      promisify(execFile)(process.execPath, [BIN, ...args], { cwd, timeout: 20_000 }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: CliRun) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );

    test("--config naming a named pipe: never opened", async () => {
      const dir = site("{}");
      const file = path.join(dir, "settings.json");
      execFileSync("mkfifo", [file]);
      const { code, stderr } = await withinTime(dir, "build", "--config", file);
      expect(code).toBe(1);
      expect(stderr).toBe(notAFile(file, "a named pipe", "_site"));
    });

    test("dateline.config.json in the working folder a folder or a named pipe", async () => {
      for (const [kind, make] of [["a folder", (file: string) => mkdirSync(file)], ["a named pipe", (file: string) => execFileSync("mkfifo", [file])]] as const) {
        const dir = tempDir("config");
        cpSync("content", path.join(dir, "content"), { recursive: true });
        make(path.join(dir, "dateline.config.json"));
        const { code, stderr } = await withinTime(dir, "build");
        expect(code, kind).toBe(1);
        expect(stderr).toBe(notAFile("dateline.config.json", kind, "_site"));
      }
    });
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
