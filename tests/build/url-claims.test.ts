// Issue 20: no address content names can leave the site, lead off it or take a page the site or
// another report holds. Each case was published (or wrote outside the output) before the URL gate.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const report = (front = "") => `---\n${front}---\nFerry service resumes\n\nOct 21, 2017 | 4:45 AM EDT\n\nROCKLAND, Maine (AP) — Ferry service resumed on Saturday.\n`;
const WITHDRAWN = (url: string) => `- url: ${url}\n  headline: Ceasefire declared\n  published: 2016-05-02\n  date: 2016-05-03\n  note: Withdrawn.\n`;

/** A build of one report plus the given content files, and a folder beside the output that must stay empty. */
async function build(front: string, files: Record<string, string> = {}) {
  const content = writeContent({ "ferry.txt": report(front) });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(content, name), text);
  const parent = tempDir("claims");
  const outDir = path.join(parent, "site", "out");
  mkdirSync(path.dirname(outDir), { recursive: true });
  const result = await buildSite({ contentDir: content, outDir, site: makeSiteOptions({}), search: false });
  return { result, parent, outDir };
}

describe("addresses content names", () => {
  test.each<[string, string, Record<string, string>, string]>([
    ["withdrawn.yaml: .. out of the output", "", { "withdrawn.yaml": WITHDRAWN("/../../../escaped/") }, `withdrawn.yaml's url "/../../../escaped/" is not a path this site can have: it has a ".." segment`],
    ["the lock: /pagefind/.. (once deleted a folder)", "", { "urls.lock.json": '{ "ferry": { "url": "/pagefind/../../../escaped/" } }\n' }, 'has a ".." segment'],
    ["the lock: a backslash, which browsers read as //", "", { "urls.lock.json": '{ "ferry": { "url": "/\\\\evil.example/" } }\n' }, "has a backslash, which browsers read as /"],
    ["the lock: an encoded separator", "", { "urls.lock.json": '{ "ferry": { "url": "/a%2F..%2F..%2Fescaped/" } }\n' }, "an encoded non-ASCII letter"],
    ["redirect_from: the home page", "redirect_from: [/]\n", {}, `redirect_from "/" is already the site's own (its home page).`],
    ["redirect_from: the home page's file", "redirect_from: [/index.html]\n", {}, `redirect_from "/index.html" is already the site's own (its home page).`],
    ["redirect_from: the feed", "redirect_from: [/feed.xml]\n", {}, `redirect_from "/feed.xml" is already the site's own (its feed).`],
    ["redirect_from: another site", "redirect_from: [//evil.example/]\n", {}, "starts with //, which a browser reads as another site's address"],
    ["the lock: the search page", "", { "urls.lock.json": '{ "ferry": { "url": "/search/" } }\n' }, `this report's address "/search/" is already the site's own (its search page).`],
    ["withdrawn.yaml: a year page", "", { "withdrawn.yaml": WITHDRAWN("/2017/") }, `withdrawn.yaml's url "/2017/" is already the site's own (its date pages).`],
    ["withdrawn.yaml: the report's own address, in other letters", "", { "withdrawn.yaml": WITHDRAWN("/2017/10/21/Ferry-Service-Resumes/") }, "is already the address of the report"],
    ["the lock: a comment (YAML, not JSON)", "", { "urls.lock.json": '# moved in 2018\n{ "ferry": { "url": "/2017/10/21/ferry-service-resumes/" } }\n' }, "urls.lock.json: invalid symbol at line 1"],
    ["the lock: a duplicate key", "", { "urls.lock.json": '{\n "ferry": { "url": "/a/" },\n "ferry": { "url": "/b/" }\n}\n' }, 'the key "ferry" is written twice'],
  ])("%s stops the build and writes nothing", async (_name, front, files, message) => {
    const { result, parent, outDir } = await build(front, files);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.message).join("\n")).toContain(message);
    expect(existsSync(path.join(parent, "escaped"))).toBe(false);
    expect(existsSync(outDir)).toBe(false);
  });

  test("each problem names its file and line", async () => {
    const { result } = await build("headline: Ferry service resumes\nredirect_from: [/, /feed.xml]\n");
    expect(result.diagnostics.map((d) => [path.basename(d.file), d.line, d.rule])).toEqual([
      ["ferry.txt", 3, "redirect-invalid"],
      ["ferry.txt", 3, "redirect-invalid"],
    ]);
  });
});
