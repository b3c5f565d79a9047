// Issue 20, point 5: what the read stage refuses before it reads. A symbolic link out of the
// content folder is not followed (unless the settings say so), and a file over its size limit is
// a diagnostic from its stat, so neither a private folder nor a worker's heap decides the build.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { readConfig } from "../../src/cli/read-config.ts";
import { siteSettings } from "../../src/cli/site-settings.ts";
import { loadArchive, loadArchiveInParallel, parseAndLink, type LinkedShard } from "../../src/load-archive.ts";
import { listContent, MAX_DATA_FILE_BYTES, MAX_REPORT_BYTES } from "../../src/read/read-content.ts";
import { diskStore } from "../../src/store/record-store.ts";
import type { Task } from "../../src/workers/shard-tasks.ts";
import type { WorkerPool } from "../../src/workers/worker-pool.ts";
import { png } from "../helpers/png.ts";
import { BIN, datelineHere } from "../helpers/run-cli.ts";
import { tempDir, writeContent } from "../helpers/temp-content.ts";

const CONVOY = "---\nheadline: Aid convoy reaches the town\ndate: 2017-10-21\n---\nBEIRUT - The convoy arrived.\n\n![Aid trucks enter the town](photos/convoy.png)\n";
const HARBOUR = "---\nheadline: Harbour reopens\ndate: 2017-10-20\n---\nBEIRUT - The harbour reopened, officials said.\n";
const LINK_HINT = 'Copy what it should publish into the content folder, or, if everything there may be published, set "followSymlinksOutOfContent": true in dateline.config.json.';

/** A content folder whose reports/photos is a link to a folder outside it, holding the image the report shows. */
function linkedOut(): { content: string; outside: string } {
  const content = writeContent({ "convoy.md": CONVOY });
  const outside = tempDir("home-user");
  writeFileSync(path.join(outside, "convoy.png"), png(200));
  symlinkSync(outside, path.join(content, "reports/photos"));
  return { content, outside: realpathSync(outside) };
}

describe("a symbolic link out of the content folder", () => {
  test("is not followed: the image behind it is not published, the link is skipped with the reason and a warning", () => {
    const { content, outside } = linkedOut();
    const result = loadArchive(content);
    expect(result.skipped).toContainEqual({ path: `${content}/reports/photos`, reason: `a symbolic link out of the content folder (to ${outside})` });
    expect([...result.archive.images.keys()]).toEqual([]);
    expect(result.diagnostics.map((d) => [d.file, d.severity, d.rule, d.message, d.hint])).toEqual([
      [`${content}/reports/convoy.md`, "error", "image-missing", `the image "photos/convoy.png" does not exist: there is no file "${content}/reports/photos/convoy.png".`, "Put the image there, or correct its name (names are case-sensitive)."],
      [`${content}/reports/photos`, "warning", "symlink-out-of-content", `the symbolic link leads out of the content folder, to "${outside}": it is not followed, so nothing there is read or published.`, LINK_HINT],
    ]);
  });

  test("a whole build publishes nothing from behind it, and --verbose lists it as skipped", async () => {
    const content = writeContent({ "harbour.md": HARBOUR });
    const outside = tempDir("home-user");
    writeFileSync(path.join(outside, "private.md"), "---\nheadline: Private notes\ndate: 2017-10-21\n---\nBEIRUT - Not for the archive.\n");
    symlinkSync(outside, path.join(content, "reports/elsewhere"));
    const out = path.join(tempDir("out"), "_site");
    const { code, stdout, stderr } = await datelineHere("build", "--content", content, "--out", out, "--site-url", "https://archive.example.org", "--no-search", "--verbose");
    expect(code).toBe(0);
    expect(stderr).toBe(`${content}/reports/elsewhere: warning the symbolic link leads out of the content folder, to "${realpathSync(outside)}": it is not followed, so nothing there is read or published. ${LINK_HINT} [symlink-out-of-content]\nFound 1 warning in 1 file.\n`);
    expect(stdout).toContain(`${content}/reports/elsewhere: skipped, a symbolic link out of the content folder (to ${realpathSync(outside)})\n`);
    expect(stdout).toMatch(/^dateline: read 1 report \(1 file skipped\), wrote /m);
    expect(existsSync(path.join(out, "2017/10/20/harbour-reopens/index.html"))).toBe(true);
    expect(existsSync(path.join(out, "2017/10/21"))).toBe(false);
  });

  test("is followed when the settings file sets followSymlinksOutOfContent: the image is published", () => {
    const { content } = linkedOut();
    const config = path.join(tempDir("config"), "dateline.config.json");
    writeFileSync(config, '{\n  "followSymlinksOutOfContent": true\n}\n');
    const settings = readConfig(config);
    expect(settings.diagnostics).toEqual([]);
    const { pipeline, read } = siteSettings(settings.config);
    const result = loadArchive(content, pipeline, read);
    expect(result.diagnostics).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect([...result.archive.images.keys()]).toEqual([`${content}/reports/photos/convoy.png`]);
  });

  test("with the setting on, a whole build publishes the image from behind the link", async () => {
    const { content } = linkedOut();
    const config = path.join(tempDir("config"), "dateline.config.json");
    writeFileSync(config, '{\n  "followSymlinksOutOfContent": true\n}\n');
    const out = path.join(tempDir("out"), "_site");
    const { code, stderr } = await datelineHere("build", "--content", content, "--config", config, "--out", out, "--site-url", "https://archive.example.org", "--no-search");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(existsSync(path.join(out, "2017/10/21/aid-convoy-reaches-the-town/convoy.png"))).toBe(true);
  });

  test("links that stay inside the content folder, and a content folder reached through a link, work as before", () => {
    const content = writeContent({ "convoy.md": CONVOY });
    mkdirSync(path.join(content, "shared"));
    writeFileSync(path.join(content, "shared/convoy.png"), png(120));
    writeFileSync(path.join(content, "shared/harbour.md"), HARBOUR);
    symlinkSync("../shared", path.join(content, "reports/photos"));
    symlinkSync("../shared/harbour.md", path.join(content, "reports/harbour.md"));
    const alias = path.join(tempDir("alias"), "content");
    symlinkSync(content, alias);
    for (const dir of [content, alias]) {
      const result = loadArchive(dir);
      expect(result.diagnostics).toEqual([]);
      expect(result.archive.articles.map((a) => a.headline).sort()).toEqual(["Aid convoy reaches the town", "Harbour reopens"]);
      expect([...result.archive.images.keys()]).toEqual([`${dir}/reports/photos/convoy.png`]);
    }
    // The folders read by name may themselves be links: a reports folder kept elsewhere is read whole.
    const kept = writeContent({ "harbour.md": HARBOUR });
    const linked = tempDir("content");
    symlinkSync(path.join(kept, "reports"), path.join(linked, "reports"));
    const result = loadArchive(linked);
    expect(result.diagnostics).toEqual([]);
    expect(result.archive.articles.map((a) => a.sourcePath)).toEqual([`${linked}/reports/harbour.md`]);
  });
});

/** A report of exactly `bytes` bytes: a headline, a date line and one line of copy repeated. */
function bigReport(bytes: number): string {
  const head = "Convoy reaches the town\n\nOct 21, 2017 | 4:45 AM EDT\n\nBEIRUT (AP) - ";
  const line = "The convoy reached the town, officials said.\n";
  return (head + line.repeat(Math.ceil(bytes / line.length))).slice(0, bytes);
}

describe("a file over its size limit", () => {
  test("the limits are 5 MB for a report, 50 MB for the other content files", () => {
    expect([MAX_REPORT_BYTES, MAX_DATA_FILE_BYTES]).toEqual([5_000_000, 50_000_000]);
  });

  test("a 6.2 MB report is a diagnostic from its stat, naming file and size, and never reaches a worker", async () => {
    const content = writeContent({ "big.txt": bigReport(6_200_000), "harbour.md": HARBOUR });
    // A pool that does its batches on this thread, noting which reports it was handed.
    const handed: string[] = [];
    const pool: WorkerPool = {
      size: 1,
      run: async <T>(_index: number, task: Task) => {
        if (task.type !== "link") throw new Error(`unexpected task ${task.type}`);
        handed.push(...task.files.map((file) => file.path));
        return parseAndLink(task.files, task.context, diskStore(task.storeDir)) satisfies LinkedShard as T;
      },
      close: async () => {},
    };
    const result = await loadArchiveInParallel(() => pool, content, undefined, {}, diskStore(tempDir("store")));
    expect(result.diagnostics.map((d) => [d.file, d.line, d.rule, d.message])).toEqual([
      [`${content}/reports/big.txt`, undefined, "file-too-large", "the file is 6.2 MB; a report may be at most 5 MB, so it is not read."],
    ]);
    expect(handed).not.toContain(`${content}/reports/big.txt`);
    expect(result.reportCount).toBe(2);
  });

  test("the build stops with the diagnostic and its fix", async () => {
    const content = writeContent({ "big.txt": bigReport(6_200_000), "harbour.md": HARBOUR });
    const out = path.join(tempDir("out"), "_site");
    const { code, stderr } = await datelineHere("build", "--content", content, "--out", out, "--no-search");
    expect(code).toBe(1);
    expect(stderr).toBe(
      [
        `${content}/reports/big.txt: error the file is 6.2 MB; a report may be at most 5 MB, so it is not read. Split it into one file per report: a file this large is usually a whole feed, an export or a log saved as one report. [file-too-large]`,
        "Found 1 error in 1 file.",
        `dateline: build stopped; ${out} was left as it was.`,
        "",
      ].join("\n"),
    );
  });

  test("a gazetteer file, withdrawn.yaml and urls.lock.json over 50 MB: each a diagnostic, none read", () => {
    const content = writeContent({ "harbour.md": HARBOUR });
    mkdirSync(path.join(content, "entities"));
    // Sparse files: their size is all the check looks at, so none of them is written out.
    const sized = (name: string, bytes: number) => {
      writeFileSync(path.join(content, name), "");
      truncateSync(path.join(content, name), bytes);
    };
    sized("entities/places.yaml", 50_000_001);
    sized("withdrawn.yaml", 60_000_000);
    sized("urls.lock.json", 50_100_000);
    const listing = listContent(content, content);
    expect(listing.diagnostics.map((d) => [d.file, d.rule, d.message, d.hint])).toEqual([
      ["entities/places.yaml", "file-too-large", "the file is 50,000,001 bytes; a gazetteer file may be at most 50 MB, so it is not read.", "Split it into several .yaml files in content/entities/ (one per kind or region, say)."],
      ["withdrawn.yaml", "file-too-large", "the file is 60.0 MB; withdrawn.yaml may be at most 50 MB, so it is not read.", "It holds one short entry per withdrawn report: restore it from your version control, or remove what is not such an entry."],
      ["urls.lock.json", "file-too-large", "the file is 50.1 MB; urls.lock.json may be at most 50 MB, so it is not read.", "The build writes this file, and that much holds the URLs of some 400,000 reports: restore it from your version control, or delete it and write {} to start it again."],
    ]);
    expect([listing.gazetteer, listing.withdrawn, listing.urlLock]).toEqual([[], null, null]);
  });
});

describe("withdrawn.yaml that is not a regular file", () => {
  // In a child process with a time limit: reading a named pipe blocks the whole thread, and a test
  // that blocked vitest's would never time out.
  test("a named pipe is a diagnostic and is never opened", async () => {
    const content = writeContent({ "harbour.md": HARBOUR });
    execFileSync("mkfifo", [path.join(content, "withdrawn.yaml")]);
    const out = path.join(tempDir("out"), "_site");
    const run = await promisify(execFile)(process.execPath, [BIN, "build", "--content", content, "--out", out, "--no-search"], { timeout: 20_000 }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number | null; stderr: string }) => error,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${content}/withdrawn.yaml: error the file is not a regular file but a named pipe, so it is not read. Replace it with a regular file, or remove it. [unreadable]\n`);
  });
});
