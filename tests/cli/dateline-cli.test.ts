// The `dateline` command as editors run it (`npm run build` runs this same bin): exit codes and output.
import { cpSync, existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { spawn } from "node:child_process";
import { LOCALHOST_WARNING } from "../../src/cli/main.ts";
import { BIN, dateline, datelineHere, datelineIn } from "../helpers/run-cli.ts";
import { fingerprint, tempDir, writeContent } from "../helpers/temp-content.ts";

describe("dateline build", () => {
  test("builds --content into --out and prints the counts quietly", async () => {
    const out = path.join(tempDir("cli"), "site");
    const { code, stdout, stderr } = await dateline("build", "--content", "content", "--out", out);
    expect(stderr).toBe(`${LOCALHOST_WARNING}\n`);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^dateline: read 2 reports, wrote 145 pages to ${out} in \\d+\\.\\d\\d s\\n$`));
    expect(existsSync(path.join(out, "2016/04/03/syrian-army-retakes-al-qaryatain-from-is/index.html"))).toBe(true);
  });

  test("runs from any working folder: --content (default content) and --out are relative to it", async () => {
    // Issue 9, point 8: tsx used to read tsconfig.json from the working folder, and the TSX
    // templates failed with "React is not defined".
    const elsewhere = tempDir("cli-cwd");
    cpSync("content", path.join(elsewhere, "content"), { recursive: true });
    const { code, stdout, stderr } = await datelineIn(elsewhere, "build", "--out", "site");
    expect(stderr).toBe(`${LOCALHOST_WARNING}\n`);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^dateline: read 2 reports, wrote 145 pages to site in /);
    expect(existsSync(path.join(elsewhere, "site/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/index.html"))).toBe(true);
  });

  test("--verbose lists each report's URL and the lines set aside", async () => {
    const { code, stdout } = await dateline("build", "--out", path.join(tempDir("cli"), "site"), "--verbose");
    expect(code).toBe(0);
    expect(stdout).toContain("content/reports/000_0b9dd1b0225d99c4.txt -> /2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/");
    expect(stdout).toContain("content/reports/000_0b9dd1b0225d99c4.txt:5: set aside (promo-newsletter): STAY CONNECTED");
    expect(stdout).toMatch(/^stages: archive \d+\.\d\d s \(peak \d+ MiB\), render \d+\.\d\d s \(peak \d+ MiB\), search \d+\.\d\d s \(peak \d+ MiB\), write \d+\.\d\d s \(peak \d+ MiB\)$/m);
  });

  test("stops on bad content with every problem, exit 1, and the old output untouched", async () => {
    const out = path.join(tempDir("cli"), "site");
    await dateline("build", "--out", out);
    const before = fingerprint(out);
    const content = writeContent(
      { "bad-date.md": "---\nheadline: Thirteenth month\ndate: 2017-13-45\n---\nText.\n", "empty.txt": "" },
      "content",
    );
    const { code, stdout, stderr } = await dateline("build", "--content", content, "--out", out);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    // The content folder is outside the working folder, so its path is shown in full.
    const shown = content;
    expect(stderr).toBe(
      [
        `${shown}/reports/bad-date.md:3: error date "2017-13-45" is not a real date: you specified 13 (of type number) as a month. Check the day and month; write it as 2017-10-21 or 2017-10-21T04:45:00-06:00. [date-impossible]`,
        `${shown}/reports/empty.txt: error the file is empty. Put the report's text in it, or delete the file. [empty-file]`,
        "Found 2 errors in 2 files.",
        `dateline: build stopped; ${out} was left as it was.`,
        "",
      ].join("\n"),
    );
    expect(fingerprint(out)).toEqual(before);
  });

  test("an empty reports folder keeps the published site unless --allow-empty; skipped files are counted", async () => {
    const out = path.join(tempDir("cli"), "site");
    await dateline("build", "--out", out);
    const before = fingerprint(out);
    const content = writeContent({ "notes.docx": "not a report" });
    const refused = await dateline("build", "--content", content, "--out", out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`error there are no reports in "${content}/reports"; 1 file skipped (--verbose says why).`);
    expect(fingerprint(out)).toEqual(before);
    const allowed = await dateline("build", "--content", content, "--out", out, "--allow-empty");
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/^dateline: read 0 reports \(1 file skipped\), wrote 17 pages to /);
    expect(existsSync(path.join(out, "2016"))).toBe(false);
  });

  test("an --out Dateline must not replace is refused with exit 2, and nothing is deleted", async () => {
    // Issue 9, point 2: `--out .` used to swap the working folder away.
    const cwd = tempDir("cli-refuse");
    cpSync("content", path.join(cwd, "content"), { recursive: true });
    const before = fingerprint(cwd);
    const { code, stdout, stderr } = await datelineIn(cwd, "build", "--out", ".");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`dateline: --out . is the working folder (${realpathSync(cwd)}). The site needs a folder of its own, such as --out _site. Nothing was changed.\n`);
    expect(fingerprint(cwd)).toEqual(before);
  });

  test("a folder that cannot be written is one line naming it, exit 1, no stack trace", async () => {
    const file = path.join(tempDir("cli-unwritable"), "notes.txt");
    writeFileSync(file, "a file, not a folder");
    const { code, stderr } = await dateline("build", "--out", path.join(file, "site"));
    expect(code).toBe(1);
    expect(stderr).toBe(`dateline: cannot write ${file}: not a directory (ENOTDIR); ${file}/site was left as it was.\n`);
  });

  test("a missing content folder is a problem, not a crash", async () => {
    const { code, stderr } = await datelineHere("build", "--content", "no/such/folder", "--out", path.join(tempDir("cli"), "site"));
    expect(code).toBe(1);
    expect(stderr).toContain('no/such/folder: error content folder "no/such/folder" does not exist.');
  });

  test("--path-prefix and --site-url reach the pages", async () => {
    const out = path.join(tempDir("cli"), "site");
    await dateline("build", "--out", out, "--site-url", "https://archive.example.org", "--path-prefix", "news");
    const home = readFileSync(path.join(out, "index.html"), "utf8");
    expect(home).toContain('<link rel="canonical" href="https://archive.example.org/news/">');
    expect(home).toContain('href="/news/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/"');
  });

  test.each([
    [["build", "--site-url", "example.org"], '--site-url "example.org" is not an absolute URL. Write it as https://example.org.'],
    [["build", "--path-prefix", "/a b/"], '--path-prefix "/a b/" is not a folder path.'],
    [["build", "--site-url", "https://example.org\nDisallow: /"], "has a line break or a control character"],
    [["build", "--site-url", "HTTPS://Example.org:443/news"], '--site-url "HTTPS://Example.org:443/news" is not written as its address is normalised. Write it as https://example.org/news.'],
    [["build", "--colour"], "Unknown option '--colour'"],
    [["deploy"], 'Unknown command "deploy". The commands are "build" and "preview".'],
    [["preview", "--port", "eighty"], '--port "eighty" is not a port number.'],
    [["build", "--now", "tomorrow"], '--now "tomorrow" is not a date-time with its offset. Write it as 2017-10-21T06:00:00-04:00'],
    [["build", "--now", "2017-10-21T06:00:00"], "is not a date-time with its offset"],
  ])("usage error %j exits 2 and says what to write", async (args, message) => {
    const { code, stderr } = await datelineHere(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  test("a site URL given, no warning; left at localhost, a warning that says what it means", async () => {
    const out = path.join(tempDir("cli"), "site");
    const { code, stderr } = await dateline("build", "--out", out, "--no-search", "--site-url", "https://archive.example.org");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(LOCALHOST_WARNING).toBe("dateline: warning: the site URL is http://localhost:8080, so canonical links, feeds and the sitemap point at localhost. Before deploying, build with --site-url https://your.site.");
  });

  test("preview serves the built site with its _headers, and 404.html for a missing page", async () => {
    const out = path.join(tempDir("cli"), "site");
    await dateline("build", "--out", out, "--no-search");
    const child = spawn(process.execPath, [BIN, "preview", "--out", out, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let printed = "";
        child.stdout.on("data", (data) => {
          printed += data;
          const found = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed);
          if (found) resolve(found[1]!);
        });
        child.once("exit", () => reject(new Error(`preview stopped: ${printed}`)));
      });
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(home.headers.get("content-security-policy")).toContain("default-src 'self'");
      const missing = await fetch(`${url}no/such/page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain("<title>Page not found");
    } finally {
      child.kill("SIGINT");
    }
  });

  test("preview without a built site says so, exit 1", async () => {
    const { code, stderr } = await datelineHere("preview", "--out", path.join(tempDir("cli"), "nothing"));
    expect(code).toBe(1);
    expect(stderr).toContain("holds no built site: run npm run build first.");
  });

  test("--help documents every option", async () => {
    const { code, stdout } = await datelineHere("--help");
    expect(code).toBe(0);
    for (const option of ["--content DIR", "--config FILE", "--out DIR", "--site-url URL", "--path-prefix", "--allow-empty", "--no-search", "--drafts", "--future", "--now TIME", "--verbose"]) expect(stdout).toContain(option);
  });

  test("held-back reports are counted, listed with --verbose, and published by --drafts and once --now passes an embargo", async () => {
    const content = writeContent(
      {
        "draft.txt": "---\ndraft: true\n---\nDraft about the harbour\n\nOct 20, 2017 | 9:00 AM EDT\n\nBEIRUT (AP) — The harbour reopened, officials said.\n",
        "embargoed.txt": "---\nembargo: 2017-10-21T08:00:00-04:00\n---\nEmbargoed jobs figures\n\nOct 20, 2017 | 9:00 AM EDT\n\nBEIRUT (AP) — Jobs rose, officials said.\n",
      },
      "content",
    );
    const out = path.join(tempDir("cli"), "site");
    const held = await dateline("build", "--content", content, "--out", out, "--now", "2017-10-21T07:00:00-04:00", "--verbose");
    expect(held.code).toBe(0);
    expect(held.stdout).toMatch(/draft\.txt: held back, a draft$/m);
    expect(held.stdout).toMatch(/embargoed\.txt: held back, embargoed until 2017-10-21T08:00:00-04:00$/m);
    expect(held.stdout).toMatch(/^dateline: read 4 reports \(2 held back\), wrote/m);
    const later = await dateline("build", "--content", content, "--out", out, "--now", "2017-10-21T08:00:00-04:00", "--drafts");
    expect(later.stdout).toMatch(/^dateline: read 4 reports, wrote/m);
  });
});
