// The built site through the standard checkers: html-validate and the Nu HTML checker report no
// errors on any page, and linkinator finds no broken internal link.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { HtmlValidate } from "html-validate";
import { LinkChecker } from "linkinator";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { png } from "../helpers/png.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

let out: string;
const htmlFiles = () => {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith(".html")) found.push(path.join(dir, e.name));
    }
  };
  walk(out);
  return found;
};

beforeAll(async () => {
  out = tempDir("checks");
  // The seeds plus a markdown report with a list, emphasis, an image and a link, so those paths are checked too.
  const extra = "---\nheadline: Aid reaches Palmyra\ndate: 2017-10-25\n---\nConvoys reached *Palmyra* on Wednesday:\n\n- food\n- medicine\n\n![Trucks at the town gate](convoy.png)\n\nSee [the UN statement](https://example.org/statement).\n";
  expect((await buildSite({ contentDir: writeContent({ "aid.md": extra, "convoy.png": png(40) }, "content"), outDir: out, site: makeSiteOptions({ siteUrl: "https://archive.example.org" }) })).ok).toBe(true);
});

describe("static checks", () => {
  test("html-validate (recommended rules): no errors on any page", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const problems: string[] = [];
    const files = htmlFiles();
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${path.relative(out, file)}:${m.line}: ${m.ruleId} ${m.message}`);
    }
    expect(files.length).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });

  // 60 s, not vitest.config.ts's 30: vnu starts a JVM (2 s here idle, 4 s under a load of 4).
  test("the Nu HTML checker (vnu): no errors", async () => {
    const jar = createRequire(import.meta.url)("vnu-jar") as string;
    const run = promisify(execFile)("java", ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "text", out], { maxBuffer: 10 * 2 ** 20 });
    const { stdout, stderr } = await run.catch((error: { stdout: string; stderr: string }) => error);
    expect(`${stdout}${stderr}`.trim()).toBe("Document checking completed. No errors found.");
  }, 60_000);

  test("linkinator: no broken internal link", async () => {
    // linkinator serves the folder on localhost and follows every link inside it. External links
    // (Wikidata, the report's own) and the canonical URLs of the not yet deployed site are out of reach.
    const result = await new LinkChecker().check({ path: out, recurse: true, linksToSkip: ["^https?://(?!localhost|127\\.0\\.0\\.1)"] });
    const broken = result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.url} <- ${l.parent}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === "OK").length).toBeGreaterThan(100);
  });
});

describe("page weight", () => {
  test.each([
    ["/2017/10/21/syria-troops-capture-central-town-recently-taken-by-is/"],
    ["/2016/04/03/syrian-army-retakes-al-qaryatain-from-is/"],
  ])("%s: HTML and CSS together stay under 25 KB", (url) => {
    const html = readFileSync(path.join(out, url, "index.html"), "utf8");
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
    const bytes = Buffer.byteLength(html) + readFileSync(path.join(out, css)).length;
    expect(bytes).toBeLessThan(25 * 1024);
  });
});
