// Walk a content folder for the read stage. Symbolic links to files and folders are followed (each
// real file or folder once, so a link loop ends); everything else that is not taken is listed with
// the reason, so nothing is skipped silently.
import { readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { findSystemError, type SystemError } from "../system-error.ts";

export interface SkippedFile {
  /** Display path, as in diagnostics. */
  path: string;
  /** Why it is not read, e.g. "not a .txt or .md report". */
  reason: string;
}

export interface Listing {
  /** Files to read, depth first, sorted by name so builds are deterministic. */
  files: string[];
  skipped: SkippedFile[];
  /** Files or folders the system would not let us look into (EACCES, ELOOP ...). */
  unreadable: { path: string; folder: boolean; error: SystemError }[];
}

/** Decides whether a regular file's name is wanted: null to read it, else the reason to skip it. */
export type NameFilter = (name: string) => string | null;

export function listFiles(dir: string, filter: NameFilter, display: (p: string) => string): Listing {
  const listing: Listing = { files: [], skipped: [], unreadable: [] };
  // Real path -> the path it was first reached by: a second way to the same file or folder is skipped.
  const seen = new Map<string, string>([[realpathSync(dir), dir]]);
  walk(dir, filter, display, seen, listing);
  return listing;
}

function walk(dir: string, filter: NameFilter, display: (p: string) => string, seen: Map<string, string>, listing: Listing): void {
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
    if (stats.isDirectory()) {
      if (name.startsWith(".")) skip("a hidden folder");
      else if (first !== undefined) skip(`the same folder as ${display(first)}, already read`);
      else {
        seen.set(real, full);
        walk(full, filter, display, seen, listing);
      }
    } else if (!stats.isFile()) {
      // Never opened: reading a FIFO blocks until something writes to it.
      skip(`not a regular file (${specialKind(stats)})`);
    } else {
      const reason = filter(name);
      if (reason !== null) skip(reason);
      else if (first !== undefined) skip(`the same file as ${display(first)}, already read`);
      else {
        seen.set(real, full);
        listing.files.push(full);
      }
    }
  }
}

function specialKind(stats: Stats): string {
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
