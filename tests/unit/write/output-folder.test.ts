// The build folder's one writer and deleter: every traversal form is refused before the file system
// is touched, and a link someone put inside the folder is never written or deleted through.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { outputFolder, OutsideOutput, type OutputFolder } from "../../../src/write/output-folder.ts";
import { removeVanished } from "../../../src/render/file-reuse.ts";
import { tempDir } from "../../helpers/temp-content.ts";

let parent: string;
let root: string;
let folder: OutputFolder;
let victim: string;

beforeEach(() => {
  parent = tempDir("writer");
  root = path.join(parent, "build");
  victim = path.join(parent, "victim");
  mkdirSync(root);
  mkdirSync(victim);
  writeFileSync(path.join(victim, "keep.txt"), "mine");
  // A sibling whose name starts with the root's: a prefix test would take it for inside.
  mkdirSync(`${root}-sibling`);
  folder = outputFolder(root);
});

const TRAVERSALS = [
  "/../victim/",
  "/../victim/keep.txt",
  "/pagefind/../../victim/",
  "/a/../../victim/keep.txt",
  "/./victim/",
  "/..%2Fvictim/",
  "/%2e%2e/victim/",
  "/\\..\\victim\\keep.txt",
  "//victim/",
  "/../build-sibling/x",
  "victim/keep.txt",
  "/a\u0000/",
  "",
];

describe("the writer", () => {
  test.each(TRAVERSALS)("refuses to write %j", (url) => {
    expect(() => folder.write(url, "x")).toThrow(OutsideOutput);
    expect(() => folder.copy(path.join(victim, "keep.txt"), url)).toThrow(OutsideOutput);
    expect(() => folder.link(path.join(victim, "keep.txt"), url)).toThrow(OutsideOutput);
    expect(readFileSync(path.join(victim, "keep.txt"), "utf8")).toBe("mine");
    expect(existsSync(path.join(`${root}-sibling`, "x"))).toBe(false);
  });

  test("writes a page and a file inside", () => {
    folder.write("/2017/10/21/a/", "page");
    folder.write("/feed.xml", "feed", true);
    expect(readFileSync(path.join(root, "2017/10/21/a/index.html"), "utf8")).toBe("page");
    expect(readFileSync(path.join(root, "feed.xml"), "utf8")).toBe("feed");
  });

  test("never writes through a link inside the folder that leads out", () => {
    symlinkSync(victim, path.join(root, "2017"));
    expect(() => outputFolder(root).write("/2017/x/", "x")).toThrow(/leads out of the build folder/);
    expect(existsSync(path.join(victim, "x"))).toBe(false);
  });
});

describe("the deleter", () => {
  test.each(TRAVERSALS)("refuses to remove %j", (url) => {
    expect(() => folder.remove(url)).toThrow(OutsideOutput);
    expect(() => folder.clearFolder(url, () => false)).toThrow(OutsideOutput);
    expect(readFileSync(path.join(victim, "keep.txt"), "utf8")).toBe("mine");
  });

  test("a manifest that names a path out of the folder deletes nothing there", () => {
    const manifest = new Map([["/pagefind/../../victim/", "k"]]);
    expect(() => removeVanished(root, manifest, new Map())).toThrow(OutsideOutput);
    expect(existsSync(path.join(victim, "keep.txt"))).toBe(true);
  });

  test("never deletes through a link inside the folder", () => {
    symlinkSync(victim, path.join(root, "old"));
    expect(() => folder.remove("/old/keep.txt")).toThrow(/leads out of the build folder/);
    expect(() => folder.clearFolder("/old/", () => false)).toThrow(/leads out of the build folder/);
    expect(existsSync(path.join(victim, "keep.txt"))).toBe(true);
  });

  test("removes a vanished page and the folders it leaves empty, not the root", () => {
    folder.write("/2017/10/21/a/", "page");
    folder.write("/2017/10/22/b/", "page");
    removeVanished(root, new Map([["/2017/10/21/a/", "k"], ["/2017/10/22/b/", "k"]]), new Map([["/2017/10/22/b/", "k"]]));
    expect(existsSync(path.join(root, "2017/10/21"))).toBe(false);
    expect(existsSync(path.join(root, "2017/10/22/b/index.html"))).toBe(true);
    expect(existsSync(root)).toBe(true);
  });
});
