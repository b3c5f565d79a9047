// content/urls.lock.json: a report keeps its first URL when its headline or date changes; a new
// slug moves it on purpose, and its old URL redirects. The build keeps the lock up to date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { OutputWriteFailed } from "../../src/write/output-errors.ts";
import { readPage, textOf } from "../helpers/built-page.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const report = (headline: string, front = "") => `${front ? `---\n${front}\n---\n` : ""}${headline}\n\nOct 21, 2017 | 4:45 AM EDT\n\nROCKLAND, Maine (AP) — Ferry service resumed on Saturday, officials said.\n`;
const FIRST = "/2017/10/21/ferry-service-resumes/";

async function build(content: string) {
  const out = tempDir("lock");
  const result = await buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({}), search: false });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return out;
}
const lockOf = (content: string) => JSON.parse(readFileSync(path.join(content, "urls.lock.json"), "utf8")) as Record<string, unknown>;

test("a new headline keeps the first URL; a new slug moves it, and the old URL redirects", async () => {
  const content = writeContent({ "ferry.txt": report("Ferry service resumes") });
  writeFileSync(path.join(content, "urls.lock.json"), "{}\n");
  await build(content);
  expect(lockOf(content)).toEqual({ ferry: { url: FIRST } });

  // The desk rewrites the headline: the report stays where readers and feeds know it.
  writeFileSync(path.join(content, "reports/ferry.txt"), report("Ferry service resumes on Maine island after storm"));
  let out = await build(content);
  expect(textOf(readPage(out, FIRST).querySelector("h1"))).toBe("Ferry service resumes on Maine island after storm");
  expect(existsSync(path.join(out, "2017/10/21/ferry-service-resumes-on-maine-island-after-storm"))).toBe(false);
  expect(readPage(out, FIRST).querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(`http://localhost:8080${FIRST}`);
  expect(lockOf(content)).toEqual({ ferry: { url: FIRST } });

  // A slug set in front matter moves it on purpose: the old URL redirects, and the lock remembers it.
  writeFileSync(path.join(content, "reports/ferry.txt"), report("Ferry service resumes on Maine island after storm", "slug: maine-ferry-resumes"));
  out = await build(content);
  expect(readPage(out, "/2017/10/21/maine-ferry-resumes/").querySelector("h1")).not.toBeNull();
  expect(readPage(out, FIRST).querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe("0; url=/2017/10/21/maine-ferry-resumes/");
  expect(readFileSync(path.join(out, "_redirects"), "utf8")).toBe(`${FIRST} /2017/10/21/maine-ferry-resumes/ 301\n`);
  expect(lockOf(content)).toEqual({ ferry: { url: "/2017/10/21/maine-ferry-resumes/", previous: [FIRST] } });

  // Issue 21: the next build, with nothing changed, keeps the old URL redirecting (it was a 404).
  out = await build(content);
  expect(readPage(out, FIRST).querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe("0; url=/2017/10/21/maine-ferry-resumes/");
  expect(readFileSync(path.join(out, "_redirects"), "utf8")).toBe(`${FIRST} /2017/10/21/maine-ferry-resumes/ 301\n`);
  expect(lockOf(content)).toEqual({ ferry: { url: "/2017/10/21/maine-ferry-resumes/", previous: [FIRST] } });
});

test("without a lock file the build writes none", async () => {
  const content = writeContent({ "ferry.txt": report("Ferry service resumes") });
  await build(content);
  expect(existsSync(path.join(content, "urls.lock.json"))).toBe(false);
});

test("a lock file that is not the build's stops the build, naming file and line", async () => {
  const content = writeContent({ "ferry.txt": report("Ferry service resumes") });
  writeFileSync(path.join(content, "urls.lock.json"), '{\n  "ferry": { "url": "not a path" }\n}\n');
  const result = await buildSite({ contentDir: content, outDir: tempDir("lock"), site: makeSiteOptions({}), search: false });
  expect(result.ok).toBe(false);
  expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([[2, 'urls.lock.json: the entry of "ferry" has an address this site cannot have: it does not start with / (a path from the site\'s root, without the domain).']]);
});

test("a lock the build cannot write stops it before the site is published, in one line", async () => {
  const content = writeContent({ "ferry.txt": report("Ferry service resumes") });
  writeFileSync(path.join(content, "urls.lock.json"), "{}\n");
  // The lock is written beside itself and renamed: a folder in that place makes the write fail, as a read-only content folder does.
  mkdirSync(path.join(content, `urls.lock.json.${process.pid}.tmp`));
  const out = path.join(tempDir("lock"), "_site");
  const built = buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({}), search: false });
  await expect(built).rejects.toThrow(OutputWriteFailed);
  await expect(built).rejects.toThrow(/^cannot write .*urls\.lock\.json: illegal operation on a directory \(EISDIR\); .*_site was left as it was\.$/);
  expect(existsSync(out)).toBe(false);
});
