// The one writer and deleter of a build folder: every file the build writes, copies, links or
// removes is named by its site path, which must pass the URL gate and resolve (symbolic links
// resolved) inside the folder. Anything else is a bug, refused with an internal error before the
// file system is touched: no content, cache or manifest can make a build write or delete elsewhere.
import { copyFileSync, cpSync, constants, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { outputPath } from "../routes.ts";
import { gateUrl } from "../urls/url-gate.ts";
import { isInside } from "./check-out-dir.ts";

/** A path the writer must never touch: thrown, never reported as a content problem (the gate before it refuses content). */
export class OutsideOutput extends Error {
  constructor(url: string, why: string) {
    super(`internal error: refused to touch ${JSON.stringify(url.slice(0, 200))} in the build folder: ${why}`);
    this.name = "OutsideOutput";
  }
}

export interface OutputFolder {
  /** The folder's real path. */
  root: string;
  /** The checked absolute path of a site path's file ("/2017/" -> <root>/2017/index.html), its folders made. */
  fileFor(url: string): string;
  /** Write a page; with `replace`, beside the file and renamed over it (the old file may be a link into the published build). */
  write(url: string, data: string | Uint8Array, replace?: boolean): void;
  /** Copy a file in (a content image: never a link, so nothing done to the output can change the editor's file). */
  copy(from: string, url: string, replace?: boolean): void;
  /** Put a file of the published build here by a hard link (a copy where the file system has none). */
  link(from: string, url: string, replace?: boolean): void;
  /** Copy a folder of the published build here (a search shard), leaving out what `skip` says. */
  copyFolder(from: string, url: string, skip: (source: string) => boolean): void;
  /** Remove a page's file and the folders it leaves empty. */
  remove(url: string): void;
  /** Remove a folder's own contents, but for what `keep` says (a search shard holds the shards nested in it); with `removeEmpty`, the folder too if nothing is kept. */
  clearFolder(url: string, keep: (full: string) => boolean, removeEmpty?: boolean): void;
}

export function outputFolder(dir: string): OutputFolder {
  const root = realpathSync(dir);
  // Folders already checked (and made) by this writer: each is resolved once, however many files it holds.
  const checked = new Set<string>([root]);

  function resolve(url: string): string {
    const gated = gateUrl(url);
    if (!gated.ok) throw new OutsideOutput(url, gated.reason);
    const full = path.join(root, outputPath(url));
    if (!isInside(full, root)) throw new OutsideOutput(url, "it resolves outside the folder");
    return full;
  }

  /**
   * Make a file's folders one at a time from the root down, refusing a link that leads out (the
   * build never makes one; someone else might). A real folder inside a checked one is inside: one
   * lstat each, and a link is resolved only where there is one.
   */
  function folderOf(full: string): void {
    const dir = path.dirname(full);
    if (checked.has(dir)) return;
    folderOf(dir);
    const stats = lstatSync(dir, { throwIfNoEntry: false });
    if (!stats) mkdirSync(dir);
    else if (stats.isSymbolicLink()) {
      const real = realpathSync(dir);
      if (real !== root && !isInside(real, root)) throw new OutsideOutput(path.relative(root, dir), `its folder leads out of the build folder (to ${real})`);
    }
    checked.add(dir);
  }

  const target = (full: string, replace: boolean) => (replace ? `${full}.${process.pid}.tmp` : full);
  const place = (full: string, replace: boolean, put: (to: string) => void) => {
    folderOf(full);
    const to = target(full, replace);
    put(to);
    if (replace) renameSync(to, full);
  };

  return {
    root,
    fileFor(url) {
      const full = resolve(url);
      folderOf(full);
      return full;
    },
    write: (url, data, replace = false) => place(resolve(url), replace, (to) => writeFileSync(to, data)),
    copy: (from, url, replace = false) => place(resolve(url), replace, (to) => copyFileSync(from, to)),
    link: (from, url, replace = false) =>
      place(resolve(url), replace, (to) => {
        try {
          linkSync(from, to);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw error;
          copyFileSync(from, to);
        }
      }),
    copyFolder(from, url, skip) {
      const to = folderPath(resolve(url), url);
      folderOf(path.join(to, "x"));
      cpSync(from, to, { recursive: true, mode: constants.COPYFILE_FICLONE, filter: (source) => !skip(source) });
    },
    remove(url) {
      const full = resolve(url);
      checkFolderInside(full);
      rmSync(full, { force: true });
      for (let dir = path.dirname(full); isInside(dir, root); dir = path.dirname(dir)) {
        try {
          rmdirSync(dir);
          checked.delete(dir);
        } catch (error) {
          // Not empty: nor are the folders above it.
          if ((error as NodeJS.ErrnoException).code !== "ENOENT") return;
        }
      }
    },
    clearFolder(url, keep, removeEmpty = false) {
      const dir = folderPath(resolve(url), url);
      if (!existsSync(dir)) return;
      checkFolderInside(path.join(dir, "x"));
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (!keep(full)) rmSync(full, { recursive: true, force: true });
      }
      if (removeEmpty && dir !== root && readdirSync(dir).length === 0) {
        rmdirSync(dir);
        checked.delete(dir);
      }
    },
  };

  /** Refuse a file whose folder is not really inside the build folder (a link put there by someone else is not followed). */
  function checkFolderInside(full: string): void {
    let dir = path.dirname(full);
    while (!existsSync(dir)) dir = path.dirname(dir);
    const real = realpathSync(dir);
    if (real !== root && !isInside(real, root)) throw new OutsideOutput(path.relative(root, full), `its folder leads out of the build folder (to ${real})`);
  }
}

/** A folder URL's folder (not its index.html). */
function folderPath(full: string, url: string): string {
  if (!url.endsWith("/")) throw new OutsideOutput(url, "it is not a folder");
  return path.dirname(full);
}
