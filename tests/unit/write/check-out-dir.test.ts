// Which --out may be replaced (issue 9, point 2): only nothing, an empty folder, a marked build or
// our own link; never the content, the project, the working folder or anything holding them.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkOutDir, MARKER_FILE, MARKER_TEXT, PROJECT_ROOT } from "../../../src/write/check-out-dir.ts";
import { OutputRefused } from "../../../src/write/output-errors.ts";
import { tempDir } from "../../helpers/temp-content.ts";

/** A working folder holding content/reports/ and whatever `setUp` adds; returns it. */
function workspace(setUp: (cwd: string) => void = () => {}): string {
  const cwd = tempDir("out-check");
  mkdirSync(path.join(cwd, "content/reports"), { recursive: true });
  setUp(cwd);
  return cwd;
}

describe("checkOutDir refuses", () => {
  test.each<[string, (cwd: string) => string, (cwd: string) => void, string]>([
    ["the working folder", () => ".", () => {}, "is the working folder"],
    // When the project sits beside the working folder (a clone in /tmp), ".." holds both, and
    // either may be named; what matters is the refusal.
    ["a parent of the working folder", () => "..", () => {}, "contains the"],
    ["the content folder", () => "content", () => {}, "is the content folder"],
    ["a folder inside the content folder", () => "content/site", () => {}, "is inside the content folder"],
    ["the content folder through a symbolic link", () => "alias/site", (cwd) => symlinkSync("content", path.join(cwd, "alias")), "is inside the content folder"],
    ["the project folder", () => PROJECT_ROOT, () => {}, "is the Dateline project folder"],
    ["a parent of the project folder", () => path.dirname(PROJECT_ROOT), () => {}, "contains the Dateline project folder"],
    ["the file-system root", () => "/", () => {}, "contains the"],
    ["an existing file", () => "notes.txt", (cwd) => writeFileSync(path.join(cwd, "notes.txt"), "keep me"), "is a file, not a folder"],
    ["a folder Dateline did not build", () => "docs", (cwd) => { mkdirSync(path.join(cwd, "docs")); writeFileSync(path.join(cwd, "docs/a.html"), "keep me"); }, "is a folder Dateline did not build"],
    ["a folder with a foreign marker", () => "docs", (cwd) => { mkdirSync(path.join(cwd, "docs")); writeFileSync(path.join(cwd, "docs", MARKER_FILE), "{}"); }, "is a folder Dateline did not build"],
    ["a symbolic link Dateline did not make", () => "www", (cwd) => symlinkSync("/var/www", path.join(cwd, "www")), "is a symbolic link to /var/www, not one Dateline made"],
  ])("%s", (_name, outOf, setUp, expected) => {
    const cwd = workspace(setUp);
    const before = readdirSync(cwd).sort();
    const out = outOf(cwd);
    let error: unknown;
    try {
      checkOutDir(out, "content", cwd);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OutputRefused);
    expect((error as Error).message).toContain(`--out ${out} ${expected}`);
    expect((error as Error).message).toMatch(/ Nothing was changed\.$/);
    expect(readdirSync(cwd).sort()).toEqual(before);
  });
});

describe("checkOutDir accepts", () => {
  test.each<[string, (cwd: string) => void, string]>([
    ["a folder that does not exist yet", () => {}, "missing"],
    ["an empty folder", (cwd) => mkdirSync(path.join(cwd, "_site")), "empty"],
    ["a folder an older build marked", (cwd) => { mkdirSync(path.join(cwd, "_site")); writeFileSync(path.join(cwd, "_site", MARKER_FILE), MARKER_TEXT); }, "marked"],
    ["its own link into the store", (cwd) => symlinkSync("._site.dateline/build-0123456789ab", path.join(cwd, "_site")), "linked"],
  ])("%s", (_name, setUp, state) => {
    const cwd = workspace(setUp);
    expect(checkOutDir("_site", "content", cwd)).toEqual({ shown: "_site", out: path.join(cwd, "_site"), store: path.join(cwd, "._site.dateline"), state });
  });
});
