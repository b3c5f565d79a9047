// Publish a build so that --out is never missing or half-written. --out is a symbolic link to a
// complete build in the store beside it (`<parent>/.<name>.dateline/build-*`). A build renders into
// a new folder there, and is published by renaming a new link over --out: rename(2) replaces it
// atomically, so --out is the old site or the new one even if the process dies at any point
// (https://man7.org/linux/man-pages/man2/rename.2.html). What a killed build leaves in the store is
// removed by the next build; nothing outside the store is ever deleted.
import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findSystemError } from "../system-error.ts";
import { acquireLock } from "./build-lock.ts";
import { currentState, isInside, isMarked, MARKER_FILE, MARKER_TEXT, type OutputTarget } from "./check-out-dir.ts";
import { OutputRefused, OutputWriteFailed } from "./output-errors.ts";

/** The steps in order; a test stops the process after each one to prove that a crash anywhere is safe. */
export type PublishStep = "locked" | "cleaned" | "staged" | "linked" | "moved-aside" | "published" | "pruned";

export interface PublishHooks {
  afterStep?(step: PublishStep): void;
}

export interface Staging {
  /** Where the build writes; set by open(). */
  dir: string;
  /** The build --out shows now (a folder in the store), which unchanged files can be taken from; null if none. */
  previous: string | null;
  /**
   * The build published before `previous`, kept by its publish (keepPrevious) for the next build to
   * write over: updating it touches only the files that changed, where a new folder needs every file.
   */
  spare: string | null;
  /** Make the folder the build writes into: the spare when `update` (its files are then the caller's to reconcile), else a new one. */
  open(update?: boolean): string;
  /** Make the staged build the output folder. */
  publish(): void;
  /** Remove the staged build unless it was published, and release the lock. Call it in `finally`. */
  close(): void;
}

export interface StageOptions {
  /** Keep the build this one replaces, as the next build's spare. */
  keepPrevious?: boolean;
  /** Whether an earlier build kept in the store can be the spare (the caller knows what it holds); the others are removed. */
  isSpare?(build: string): boolean;
}

/**
 * Lock the store and tidy what a killed build left. The folder the build writes into is made (or
 * the spare taken) by open(), once the build knows its content is good: a build stopped by its
 * content leaves the spare as it was.
 */
export function stageOutput(target: OutputTarget, hooks: PublishHooks = {}, options: StageOptions = {}): Staging {
  const step = (name: PublishStep) => hooks.afterStep?.(name);
  const { store } = target;
  let release = () => {};
  let dir: string | null = null;
  let published = false;
  const close = () => {
    if (dir && !published) {
      const staged = dir;
      const remove = () => ignoreErrors(() => rmSync(staged, { recursive: true, force: true }));
      remove();
      // Eleventy writes pages in parallel: after one write fails, the others still land here. Remove
      // the folder again once they are done (the process is about to exit); else the next build does.
      process.once("beforeExit", remove);
    }
    ignoreErrors(release);
    release = () => {};
  };
  let shown: string | null = null;
  let spare: string | null = null;
  try {
    makeFolders(store);
    release = acquireLock(store, target.shown);
    step("locked");
    shown = currentBuild(target.out);
    spare = readdirSync(store).sort().find((name) => name !== shown && OUR_BUILD.test(name) && options.isSpare?.(name)) ?? null;
    removeLeftovers(store, [shown, spare]);
    step("cleaned");
  } catch (error) {
    close();
    throw asWriteFailure(error, target);
  }
  const staging: Staging = {
    dir: "",
    previous: shown && OUR_BUILD.test(shown) && existsSync(path.join(store, shown)) ? path.join(store, shown) : null,
    spare: spare && path.join(store, spare),
    close,
    open(update = false) {
      try {
        if (update && staging.spare) {
          dir = staging.spare;
        } else {
          if (staging.spare) rmSync(staging.spare, { recursive: true, force: true });
          // mkdirSync, not mkdtempSync: mkdtemp's folders are private (0700), and a web server must read the site.
          dir = path.join(store, buildName());
          mkdirSync(dir);
          // The marker first, so the folder says whose it is from the start (and so does any copy of it).
          writeFileSync(path.join(dir, MARKER_FILE), MARKER_TEXT);
        }
        staging.spare = null;
        staging.dir = dir;
        step("staged");
        return dir;
      } catch (error) {
        close();
        throw asWriteFailure(error, target);
      }
    },
    publish() {
      const build = staging.dir;
      try {
        swapIn(target, build, step);
      } catch (error) {
        throw asWriteFailure(error, target);
      }
      // --out is the new site from here on: nothing after this may remove it or fail the build.
      published = true;
      step("published");
      const previous = options.keepPrevious && staging.previous ? path.basename(staging.previous) : null;
      ignoreErrors(() => removeLeftovers(store, [path.basename(build), previous]));
      step("pruned");
    },
  };
  return staging;
}

function swapIn(target: OutputTarget, build: string, step: (name: PublishStep) => void): void {
  // Checked again under the lock: --out may have changed since the build started.
  const state = currentState(target.out, (why, fix) => {
    throw new OutputRefused(`--out ${target.shown} ${why}. ${fix ?? "Choose another --out."} The site was not published; nothing was changed.`);
  });
  const link = path.join(target.store, `link-${unique()}`);
  // Relative, so the site can be moved or mounted elsewhere together with its store.
  symlinkSync(path.join(path.basename(target.store), path.basename(build)), link);
  let aside: string | null = null;
  try {
    step("linked");
    if (state === "marked" || state === "empty") {
      // The one transition that is not atomic: a real folder (an older build, or an empty folder)
      // cannot be swapped for a link in one rename(2) (Linux's renameat2 RENAME_EXCHANGE could, but
      // Node has no binding for it). Between these two renames --out is missing; this happens once.
      const moved = path.join(target.store, buildName());
      renameSync(target.out, moved);
      aside = moved;
      step("moved-aside");
    }
    renameSync(link, target.out);
  } catch (error) {
    // Put the old folder back, so that a failed build leaves --out as it was.
    if (aside) renameSync(aside, target.out);
    ignoreErrors(() => unlinkSync(link));
    throw error;
  }
}

/**
 * Remove the store's other builds and stray links; leave anything else. A build folder is ours if
 * it carries the marker, or is named as Dateline names them: a page written late by a failed build
 * can recreate a folder whose marker was already removed.
 */
function removeLeftovers(store: string, keep: readonly (string | null)[]): void {
  for (const name of readdirSync(store)) {
    if (keep.includes(name)) continue;
    const full = path.join(store, name);
    const stats = lstatSync(full);
    if (OUR_LINK.test(name) && stats.isSymbolicLink()) unlinkSync(full);
    else if (stats.isDirectory() && (OUR_BUILD.test(name) || (name.startsWith("build-") && isMarked(full)))) {
      rmSync(full, { recursive: true, force: true });
    }
  }
}

const OUR_BUILD = /^build-[0-9a-f]{12}$/;
const OUR_LINK = /^link-[0-9a-f]{12}$/;

function buildName(): string {
  return `build-${unique()}`;
}

/** The store folder --out links to now, if it is a link. */
function currentBuild(out: string): string | null {
  try {
    return path.basename(readlinkSync(out));
  } catch {
    return null;
  }
}

/**
 * Create `dir` and its missing parents one by one. Not mkdirSync's `recursive`: in Node 20 it
 * loops forever where mkdir(2) says ENOENT for a parent that exists (under /proc, for one).
 */
function makeFolders(dir: string): void {
  if (existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeFolders(parent);
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

// A write error without a path (write(2) on a full disk) is ours if it is about writing at all.
const WRITE_CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EIO", "EFBIG"]);

/**
 * A file-system error about --out or its store becomes OutputWriteFailed, which the CLI prints in
 * one line naming the folder that holds both; any other error is passed on as it is.
 */
export function asWriteFailure(error: unknown, target: OutputTarget): unknown {
  const found = findSystemError(error);
  if (!found) return error;
  const at = found.path;
  const ours = at === undefined
    ? WRITE_CODES.has(found.code)
    : at === target.out || at === target.store || isInside(at, target.store) || isInside(target.store, at);
  return ours ? new OutputWriteFailed(path.dirname(target.out), target.shown, found) : error;
}

function unique(): string {
  return randomBytes(6).toString("hex");
}

function ignoreErrors(action: () => void): void {
  try {
    action();
  } catch {
    // Deliberately ignored: see the callers.
  }
}
