// Rebuilds reuse what did not change (records, pages, search shards) and still write exactly the
// site a clean build writes: every case here is compared file for file with a clean build.
import { appendFileSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildSite, type BuildOptions, type BuildResult } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { readManifest, writeManifest } from "../../src/write/page-manifest.ts";
import { fingerprint, tempDir, writeContent } from "../helpers/temp-content.ts";

const site = makeSiteOptions({ siteUrl: "https://archive.example.org" });

/** Invented reports, a day apart, each naming places and groups the seed gazetteer knows. */
const reports = Object.fromEntries(
  Array.from({ length: 6 }, (_, i) => [
    `inv-${i}.md`,
    `---\nheadline: Aid convoy ${i} reaches Palmyra\ndate: 2017-11-0${i + 1}T09:00:00+03:00\n---\nHOMS, Syria — A convoy numbered ${i} reached Palmyra on Tuesday, officials said, after the Syrian army reopened the road from Qaryatayn.\n\nThe Islamic State group did not comment.\n`,
  ]),
);

async function build(contentDir: string, outDir: string, extra: Partial<BuildOptions> = {}): Promise<BuildResult & { ok: true }> {
  const result = await buildSite({ contentDir, outDir, site, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

/** The same content built from nothing, for the incremental build to be compared with. */
async function cleanBuild(contentDir: string, extra: Partial<BuildOptions> = {}): Promise<Record<string, string>> {
  const out = path.join(tempDir("clean"), "_site");
  await build(contentDir, out, { ...extra, incremental: false });
  return fingerprint(out);
}

describe("rebuilding", () => {
  test("with nothing changed, no report is parsed, no page rendered, and the site is the same", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("again"), "_site");
    const first = await build(content, out);
    expect(first.reuse).toMatchObject({ parsed: 8, reused: 0 });
    const before = fingerprint(out);
    const second = await build(content, out);
    expect(second.reuse).toEqual({ parsed: 0, rendered: 0, reused: first.reuse.rendered, indexed: 0 });
    expect(fingerprint(out)).toEqual(before);
  });

  test("after editing one report, only it is parsed, only the pages that show it are rendered", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("edit"), "_site");
    const first = await build(content, out);
    appendFileSync(path.join(content, "reports", "inv-3.md"), "\nOne more sentence about Raqqa.\n");
    const second = await build(content, out);
    expect(second.reuse.parsed).toBe(1);
    // Its page, Raqqa's new page and feed, its neighbours' and the lists that count names change;
    // most of the site does not.
    expect(second.reuse.rendered).toBeGreaterThan(0);
    expect(second.reuse.rendered).toBeLessThan(first.reuse.rendered / 3);
    expect(fingerprint(out)).toEqual(await cleanBuild(content));
  });

  test("in search shards of 3 reports, the unchanged shards are taken whole and the edited one indexed again", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("shards"), "_site");
    await build(content, out, { searchShardSize: 3 });
    appendFileSync(path.join(content, "reports", "inv-0.md"), "\nOne more sentence about Raqqa.\n");
    await build(content, out, { searchShardSize: 3 });
    const built = fingerprint(out);
    expect(Object.keys(built).filter((file) => file.endsWith("pagefind-entry.json")).sort()).toEqual(["pagefind/pagefind-entry.json", "pagefind/shard-2/pagefind-entry.json", "pagefind/shard-3/pagefind-entry.json"]);
    expect(built).toEqual(await cleanBuild(content, { searchShardSize: 3 }));
  });

  test("a report newer than all others changes the newest search shard only", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("newest"), "_site");
    await build(content, out, { searchShardSize: 3 });
    writeFileSync(path.join(content, "reports", "inv-9.md"), reports["inv-5.md"]!.replace("2017-11-06", "2017-11-19").replaceAll("convoy 5", "convoy 9"));
    const second = await build(content, out, { searchShardSize: 3 });
    // 9 reports (the seeds' two, older, among them) in shards of 3: the newest holds inv-4, inv-5, inv-9.
    expect(second.reuse.indexed).toBe(3);
    expect(fingerprint(out)).toEqual(await cleanBuild(content, { searchShardSize: 3 }));
  });

  test("after a headline changes, the pages that link to it by its headline show the new one", async () => {
    // Two reports that name no entity: only their newer/older links tie their pages together.
    const quiet = (day: number, headline: string) => `---\nheadline: ${headline}\ndate: 2019-03-0${day}\n---\nNothing of note happened on day ${day}.\n`;
    const content = writeContent({ ...reports, "quiet-a.md": quiet(1, "A quiet Friday"), "quiet-b.md": quiet(2, "A quiet Saturday") }, "content");
    const out = path.join(tempDir("headline"), "_site");
    await build(content, out);
    writeFileSync(path.join(content, "reports", "quiet-b.md"), quiet(2, "An eventful Saturday"));
    await build(content, out);
    expect(fingerprint(out)).toEqual(await cleanBuild(content));
  });

  test("after deleting a report, its page is gone and the site is what a clean build makes", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("delete"), "_site");
    await build(content, out);
    rmSync(path.join(content, "reports", "inv-2.md"));
    const second = await build(content, out);
    expect(second.reuse.parsed).toBe(0);
    const built = fingerprint(out);
    expect(Object.keys(built).some((file) => file.includes("aid-convoy-2-"))).toBe(false);
    expect(built).toEqual(await cleanBuild(content));
    // Its record is dropped from the store too: 7 reports, two files each.
    const records = path.join(path.dirname(out), "._site.dateline", "records");
    expect(readdirSync(records).flatMap((folder) => readdirSync(path.join(records, folder)))).toHaveLength(14);
  });

  test("after a gazetteer edit, every report is linked again", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("gazetteer"), "_site");
    await build(content, out);
    appendFileSync(path.join(content, "entities", "places.yaml"), "\n- id: tall-kalakh\n  kind: place\n  name: Tall Kalakh\n  description: A town near the Lebanese border.\n");
    const second = await build(content, out);
    expect(second.reuse.parsed).toBe(8);
    expect(fingerprint(out)).toEqual(await cleanBuild(content));
  });

  test("a damaged record in the store is parsed again, never misread", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("damaged"), "_site");
    await build(content, out);
    const records = path.join(path.dirname(out), "._site.dateline", "records");
    const entry = readdirSync(records)
      .flatMap((folder) => readdirSync(path.join(records, folder)).map((name) => path.join(records, folder, name)))
      .find((file) => file.endsWith(".entry.json"))!;
    writeFileSync(entry, '{"entry": {"id": "trunc');
    const second = await build(content, out);
    expect(second.reuse.parsed).toBe(1);
    expect(fingerprint(out)).toEqual(await cleanBuild(content));
  });

  test("with other site options, every page is rendered again", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("options"), "_site");
    const first = await build(content, out);
    const second = await buildSite({ contentDir: content, outDir: out, site: makeSiteOptions({ siteUrl: "https://news.example.com" }) });
    expect(second.ok && second.reuse).toMatchObject({ parsed: 0, reused: 0, rendered: first.reuse.rendered });
  });
});

/** Every folder under `dir`, so a rebuild that leaves an emptied folder behind is seen. */
function folders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe("rebuilding over the spare build", () => {
  const shown = (out: string) => path.basename(readlinkSync(out));
  const store = (out: string) => path.join(path.dirname(out), "._site.dateline");

  test("the third build updates the first one in place; each build is what a clean build makes; the published one is never written through", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("spare"), "_site");
    await build(content, out, { searchShardSize: 3 });
    const first = shown(out);
    appendFileSync(path.join(content, "reports", "inv-3.md"), "\nOne more sentence about Raqqa.\n");
    await build(content, out, { searchShardSize: 3 });
    const second = shown(out);
    const secondFiles = fingerprint(out);
    // Both kept: the published build and the one before it, the next build's spare.
    expect(readdirSync(store(out)).filter((name) => name.startsWith("build-")).sort()).toEqual([first, second].sort());

    // A headline change and a deletion: pages change, pages and a search shard vanish.
    writeFileSync(path.join(content, "reports", "inv-1.md"), reports["inv-1.md"]!.replace("Aid convoy 1 reaches", "Aid convoy 1 turns back before"));
    rmSync(path.join(content, "reports", "inv-4.md"));
    const third = await build(content, out, { searchShardSize: 3 });
    expect(shown(out)).toBe(first);
    expect(third.reuse.parsed).toBe(1);
    const clean = path.join(tempDir("clean"), "_site");
    await build(content, clean, { searchShardSize: 3, incremental: false });
    expect(fingerprint(out)).toEqual(fingerprint(clean));
    expect(folders(out)).toEqual(folders(clean));
    // The second build shares files with the first by hard links: updating the first left it whole.
    expect(fingerprint(path.join(store(out), second))).toEqual(secondFiles);

    // And back again, over the second build.
    appendFileSync(path.join(content, "reports", "inv-0.md"), "\nA last sentence about Homs.\n");
    await build(content, out, { searchShardSize: 3 });
    expect(shown(out)).toBe(second);
    await build(content, clean, { searchShardSize: 3, incremental: false });
    expect(fingerprint(out)).toEqual(fingerprint(clean));
    expect(folders(out)).toEqual(folders(clean));
  });

  test("a build stopped by its content leaves the spare for the next build", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("spare-kept"), "_site");
    await build(content, out);
    const first = shown(out);
    appendFileSync(path.join(content, "reports", "inv-3.md"), "\nOne more sentence about Raqqa.\n");
    await build(content, out);
    writeFileSync(path.join(content, "reports", "bad.md"), "---\nheadline: No date\n---\nText.\n");
    expect((await buildSite({ contentDir: content, outDir: out, site })).ok).toBe(false);
    rmSync(path.join(content, "reports", "bad.md"));
    appendFileSync(path.join(content, "reports", "inv-2.md"), "\nAnother sentence about Raqqa.\n");
    await build(content, out);
    expect(shown(out)).toBe(first);
    expect(fingerprint(out)).toEqual(await cleanBuild(content));
  });

  test("a spare the manifest no longer vouches for (a build killed while updating it) is removed, not trusted", async () => {
    const content = writeContent(reports, "content");
    const out = path.join(tempDir("spare-killed"), "_site");
    await build(content, out);
    const first = shown(out);
    await build(content, out);
    // What a build killed halfway through updating the spare leaves: a stray file in it, and a
    // manifest without it (the build drops it before changing a file). Its files are hard links to
    // the published build's, so a file is replaced, never written through, as the build does.
    rmSync(path.join(store(out), first, "index.html"));
    writeFileSync(path.join(store(out), first, "index.html"), "half-written");
    const builds = readManifest(store(out));
    builds.delete(first);
    writeManifest(store(out), builds);
    await build(content, out);
    expect(shown(out)).not.toBe(first);
    expect(readdirSync(store(out))).not.toContain(first);
    expect(fingerprint(out)).toEqual(await cleanBuild(content));
  });
});
