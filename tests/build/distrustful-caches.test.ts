// Issue 20: the record store and the page manifest distrust what they read. A record cut short, an
// entry of {}, an edited record, a stray file, a dead build's temporary file or a damaged manifest
// is ignored and made again (with a note for --verbose); the site is what a clean build makes.
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildSite, type BuildResult } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { fingerprint, tempDir, writeContent } from "../helpers/temp-content.ts";

const site = makeSiteOptions({ siteUrl: "https://archive.example.org" });
const REPORT = "---\nheadline: Ferry service resumes\ndate: 2017-10-21T09:00:00-04:00\n---\nROCKLAND, Maine (AP) — Ferry service resumed on Saturday, officials said.\n";

async function build(content: string, out: string, incremental = true): Promise<BuildResult & { ok: true }> {
  const result = await buildSite({ contentDir: content, outDir: out, site, search: false, incremental });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

/** The store's files: <store>/records/<2 characters>/<key>.json and <key>.entry.json. */
function storeFiles(out: string): string[] {
  const dir = path.join(storeDir(out), "records");
  return readdirSync(dir).filter((folder) => /^[0-9a-f]{2}$/.test(folder)).flatMap((folder) => readdirSync(path.join(dir, folder)).map((name) => path.join(dir, folder, name)));
}

const records = (out: string) => storeFiles(out).filter((f) => /[0-9a-f]{32}\.json$/.test(f));
const entries = (out: string) => storeFiles(out).filter((f) => f.endsWith(".entry.json"));
const storeDir = (out: string) => path.join(path.dirname(out), `.${path.basename(out)}.dateline`);

describe("the record store", () => {
  test.each<[string, (out: string) => void, RegExp | null]>([
    ["a record cut short", (out) => truncateSync(records(out)[0]!, 200), /cut short or changed/],
    ["an entry of {}", (out) => writeFileSync(entries(out)[0]!, "{}"), /is not a record this version wrote/],
    ["an edited record", (out) => {
      const file = records(out)[0]!;
      writeFileSync(file, readFileSync(file, "utf8").replace("Ferry service resumed", "Ferry service halted"));
    }, /cut short or changed/],
    ["a record that is another's", (out) => writeFileSync(records(out)[0]!, readFileSync(records(out)[0]!, "utf8").replace(/^(\S+) \S+/, "$1 0123456789abcdef0123456789abcdef")), /says it is/],
    ["a stray file and folder in the store", (out) => {
      writeFileSync(path.join(storeDir(out), "records", ".DS_Store"), "x");
      writeFileSync(path.join(path.dirname(records(out)[0]!), "notes.txt"), "x");
      mkdirSync(path.join(storeDir(out), "records", "backup"));
    }, null],
  ])("%s is ignored and made again", async (_name, damage, note) => {
    const content = writeContent({ "ferry.md": REPORT });
    const out = path.join(tempDir("distrust"), "_site");
    await build(content, out);
    const clean = fingerprint(out);
    damage(out);
    const again = await build(content, out);
    expect(again.reuse.parsed).toBe(note ? 1 : 0);
    if (note) expect(again.cacheNotes.join("\n")).toMatch(note);
    else expect(again.cacheNotes).toEqual([]);
    expect(fingerprint(out)).toEqual(clean);
    // And the page shows the report as written, not as edited in the store.
    expect(readFileSync(path.join(out, "2017/10/21/ferry-service-resumes/index.html"), "utf8")).toContain("Ferry service resumed");
  });

  test("a dead build's temporary files are removed before anything is written", async () => {
    const content = writeContent({ "ferry.md": REPORT });
    const out = path.join(tempDir("distrust"), "_site");
    await build(content, out);
    const folder = path.dirname(records(out)[0]!);
    writeFileSync(path.join(folder, "0123456789abcdef0123456789abcdef.json.999.tmp"), "x".repeat(1000));
    writeFileSync(path.join(storeDir(out), "pages.json.tmp"), "x");
    await build(content, out);
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(readdirSync(storeDir(out)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("--fresh parses every report again, whatever the store holds", async () => {
    const content = writeContent({ "ferry.md": REPORT });
    const out = path.join(tempDir("distrust"), "_site");
    await build(content, out);
    const fresh = await build(content, out, false);
    expect(fresh.reuse).toMatchObject({ parsed: 1, reused: 0 });
  });
});

describe("the page manifest", () => {
  test.each<[string, (text: string) => string, RegExp]>([
    ["cut short", (text) => text.slice(0, text.length - 10), /cut short or changed/],
    ["naming a path out of the build", (text) => text.replace(/^(\S+) \S+\n/, "").replace('"/feed.xml"', '"/pagefind/../../../x/"'), /not one this version wrote/],
    ["not ours", () => "{}", /not one this version wrote/],
  ])("a manifest %s is ignored: every page is made again", async (_name, damage, note) => {
    const content = writeContent({ "ferry.md": REPORT });
    const out = path.join(tempDir("distrust"), "_site");
    await build(content, out);
    const clean = fingerprint(out);
    const file = path.join(storeDir(out), "pages.json");
    writeFileSync(file, damage(readFileSync(file, "utf8")));
    const again = await build(content, out);
    expect(again.cacheNotes.join("\n")).toMatch(note);
    expect(again.reuse.reused).toBe(0);
    expect(fingerprint(out)).toEqual(clean);
  });
});
