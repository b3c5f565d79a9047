// Walk a content folder for the read stage. Symbolic links to files and folders are followed (each
// real file or folder once, so a link loop ends) while they stay inside the folders given as the
// bounds; everything else that is not taken is listed with the reason, so nothing is skipped silently.
import { readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { findSystemError, type SystemError } from "../system-error.ts";
import { isInside } from "../write/check-out-dir.ts";

export interface SkippedFile {
  /** Display path, as in diagnostics. */
  path: string;
  /** Why it is not read, e.g. "not a .txt or .md report". */
  reason: string;
}

/** A file to read, with what its stat said: its size decides whether it is read at all. */
export interface FoundFile {
  /** Absolute path. */
  file: string;
  size: number;
  modified: number;
}

export interface Listing {
  /** Files to read, depth first, sorted by name so builds are deterministic. */
  files: FoundFile[];
  skipped: SkippedFile[];
  /** Symbolic links whose real path is outside the bounds: not followed (also in `skipped`). */
  linksOut: { path: string; target: string }[];
  /** Files or folders the system would not let us look into (EACCES, ELOOP ...). */
  unreadable: { path: string; folder: boolean; error: SystemError }[];
}

/** Decides whether a regular file's name is wanted: null to read it, else the reason to skip it. */
export type NameFilter = (name: string) => string | null;

/**
 * Real paths of folders a link may lead into; null follows every link. A link out of them (to
 * /home/user, say) would publish whatever a report names there, so it is skipped.
 */
export type Bounds = readonly string[] | null;

interface Walk {
  filter: NameFilter;
  display: (p: string) => string;
  bounds: Bounds;
  /** Real path -> the path it was first reached by: a second way to the same file or folder is skipped. */
  seen: Map<string, string>;
  listing: Listing;
}

export function listFiles(dir: string, filter: NameFilter, display: (p: string) => string, bounds: Bounds = null): Listing {
  const listing: Listing = { files: [], skipped: [], linksOut: [], unreadable: [] };
  walk(dir, { filter, display, bounds, seen: new Map([[realpathSync(dir), dir]]), listing });
  return listing;
}

/** Whether a real path is one of the bounds or inside one. */
function inBounds(real: string, bounds: Bounds): boolean {
  return bounds === null || bounds.some((root) => real === root || isInside(real, root));
}

function walk(dir: string, { filter, display, bounds, seen, listing }: Walk): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    return void listing.unreadable.push({ path: display(dir), folder: true, error: systemError(error) });
  }
  for (const name of names) {
    const full = path.join(dir, name);
    const skip = (reason: string) => listing.skipped.push({ path: display(full), reason });
    let stats: Stats;
    let real: string;
    try {
      // stat, not lstat: a symbolic link counts as what it points to.
      stats = statSync(full);
      real = realpathSync(full);
    } catch (error) {
      const { code } = systemError(error);
      if (code === "ENOENT") skip("a broken symbolic link (what it points to does not exist)");
      else if (code === "ELOOP") skip("a symbolic link loop");
      else listing.unreadable.push({ path: display(full), folder: false, error: systemError(error) });
      continue;
    }
    const first = seen.get(real);
    // Only a link can lead out: a real folder's entries are inside it. Checked on the real path,
    // so a chain of links, or a link to a link inside, is judged by where it ends.
    const out = !inBounds(real, bounds);
    const skipOut = () => {
      skip(`a symbolic link out of the content folder (to ${real})`);
      listing.linksOut.push({ path: display(full), target: real });
    };
    if (stats.isDirectory()) {
      if (name.startsWith(".")) skip("a hidden folder");
      else if (out) skipOut();
      else if (first !== undefined) skip(`the same folder as ${display(first)}, already read`);
      else {
        seen.set(real, full);
        walk(full, { filter, display, bounds, seen, listing });
      }
    } else if (!stats.isFile()) {
      // Never opened: reading a FIFO blocks until something writes to it.
      skip(`not a regular file (${specialKind(stats)})`);
    } else {
      const reason = filter(name);
      if (reason !== null) skip(reason);
      else if (out) skipOut();
      else if (first !== undefined) skip(`the same file as ${display(first)}, already read`);
      else {
        seen.set(real, full);
        listing.files.push({ file: full, size: stats.size, modified: stats.mtimeMs });
      }
    }
  }
}

/** What a file that is not a regular one is, as a message names it ("a named pipe"). */
export function specialKind(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "an unknown kind of file";
}

/** The system error behind a failed call; anything else is a bug and is thrown on. */
export function systemError(error: unknown): SystemError {
  const found = findSystemError(error);
  if (!found) throw error;
  return found;
}
