// Issue 21, point 7: each published build lists its files with their hashes and what changed since
// the build it replaced, so a deployer uploads only what changed (and deletes last).
import { createHash } from "node:crypto";
import { readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import type { DeployManifest } from "../../src/write/deploy-manifest.ts";
import { fingerprint, tempDir, writeContent } from "../helpers/temp-content.ts";

const site = makeSiteOptions({ siteUrl: "https://archive.example.org" });
const report = (headline: string, day: number, text = "Ferry service resumed on Saturday, officials said.") => `---\nheadline: ${headline}\ndate: 2017-10-${day}T09:00:00-04:00\n---\nROCKLAND, Maine (AP) — ${text}\n`;

async function build(content: string, out: string): Promise<DeployManifest> {
  const result = await buildSite({ contentDir: content, outDir: out, site, search: false });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(out), `.${path.basename(out)}.dateline`, "changes.json"), "utf8")) as DeployManifest;
  // It describes the build published, every file of it, with the hash of what is there.
  expect(manifest.build).toBe(path.basename(readlinkSync(out)));
  const hashes = Object.fromEntries(Object.entries(fingerprint(out)).map(([file, hash]) => [`/${file.split(path.sep).join("/")}`, hash]));
  delete hashes["/.dateline-build.json"];
  expect(manifest.files).toEqual(hashes);
  return manifest;
}

test("the first build adds every file; the next lists only what changed, was added or removed", async () => {
  const content = writeContent({ "ferry.md": report("Ferry service resumes", 21), "market.md": report("Harbor market reopens", 22, "The market reopened.") });
  const out = path.join(tempDir("deploy"), "_site");
  const first = await build(content, out);
  expect(first.previous).toBeNull();
  expect(first.added).toEqual(Object.keys(first.files));
  expect([first.changed, first.removed]).toEqual([[], []]);

  writeFileSync(path.join(content, "reports/ferry.md"), report("Ferry service resumes", 21, "Ferry service resumed on Saturday after the storm, officials said."));
  rmSync(path.join(content, "reports/market.md"));
  writeFileSync(path.join(content, "reports/storm.md"), report("Storm closes harbor", 20, "A storm closed the harbor."));
  const second = await build(content, out);
  expect(second.previous).toBe(first.build);
  expect(second.added).toContain("/2017/10/20/storm-closes-harbor/index.html");
  expect(second.changed).toContain("/2017/10/21/ferry-service-resumes/index.html");
  expect(second.removed).toContain("/2017/10/22/harbor-market-reopens/index.html");
  // What did not change is not listed: the stylesheet, the 404 page.
  const listed = new Set([...second.added, ...second.changed, ...second.removed]);
  expect(Object.keys(second.files).filter((f) => f.startsWith("/assets/") || f === "/404.html").some((f) => listed.has(f))).toBe(false);
  expect(second.changed.length + second.added.length).toBeLessThan(Object.keys(second.files).length / 2);

  // Nothing changed: nothing to upload.
  const third = await build(content, out);
  expect([third.added, third.changed, third.removed]).toEqual([[], [], []]);
  expect(createHash("sha256").update(readFileSync(path.join(out, "index.html"))).digest("hex")).toBe(third.files["/index.html"]);
});
