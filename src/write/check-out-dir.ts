// Decide whether --out may be replaced, before anything is written. Dateline replaces only what it
// built: a symbolic link into its own store, a folder carrying its marker, an empty folder, or
// nothing at all. Everything else, and any folder holding the content, the project or the working
// folder, is refused (the CLI exits 2) and nothing is touched.
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { OutputRefused } from "./output-errors.ts";

/** The marker every build carries, written before anything else. Fixed content: builds stay byte-identical. */
export const MARKER_FILE = ".dateline-build.json";
export const MARKER_TEXT = `${JSON.stringify({ builtBy: "dateline", format: 1 })}\n`;

/** The folder holding Dateline's package.json (this file is src/write/check-out-dir.ts). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");

export interface OutputTarget {
  /** --out as the user typed it, for messages. */
  shown: string;
  /** Absolute path of --out (its own symbolic link not followed). */
  out: string;
  /** The store beside it, `<parent>/.<name>.dateline/`, where builds are rendered and kept. */
  store: string;
  /** What is there now: nothing, a link into the store, an older marked folder, or an empty folder. */
  state: "missing" | "linked" | "marked" | "empty";
}

export function storeOf(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.dateline`);
}

/** Check --out against the content folder, the project and the working folder, then what it holds now. */
export function checkOutDir(outDir: string, contentDir: string, cwd: string = process.cwd()): OutputTarget {
  const out = path.resolve(cwd, outDir);
  const refuse = (why: string, fix = "Choose another --out, or remove it yourself if it should go."): never => {
    throw new OutputRefused(`--out ${outDir} ${why}. ${fix} Nothing was changed.`);
  };
  // The parent's real path, not --out's own: when --out is our link, it must not resolve into the store.
  const realOut = path.join(realPathOf(path.dirname(out)), path.basename(out));
  const guarded: [string, string][] = [
    ["the content folder", realPathOf(path.resolve(cwd, contentDir))],
    ["the Dateline project folder", realPathOf(PROJECT_ROOT)],
    ["the working folder", realPathOf(cwd)],
  ];
  // The build replaces its output folder whole: it must never be or hold any of these. The
  // message names the one that says most: the folder itself, else the outermost one it holds.
  const same = guarded.find(([, dir]) => realOut === dir);
  const held = guarded.filter(([, dir]) => isInside(dir, realOut)).sort((a, b) => a[1].length - b[1].length)[0];
  if (same) refuse(`is ${same[0]} (${same[1]})`, "The site needs a folder of its own, such as --out _site.");
  if (held) refuse(`contains ${held[0]} (${held[1]})`, "The site needs a folder of its own, such as --out _site.");
  if (isInside(realOut, guarded[0]![1])) refuse(`is inside the content folder (${guarded[0]![1]})`, "Keep the site apart from the content, such as --out _site.");
  return { shown: outDir, out, store: storeOf(out), state: currentState(out, refuse) };
}

/** What --out holds now, or a refusal. Checked again under the lock just before publishing. */
export function currentState(out: string, refuse: (why: string, fix?: string) => never): OutputTarget["state"] {
  let stats;
  try {
    stats = lstatSync(out);
  } catch {
    // Missing (or unreachable: a write into it will fail with the system's reason).
    return "missing";
  }
  if (stats.isSymbolicLink()) {
    const target = readlinkSync(out);
    const ours = new RegExp(`^\\.${escapeRegExp(path.basename(out))}\\.dateline/build-[^/]+$`);
    if (ours.test(target)) return "linked";
    refuse(`is a symbolic link to ${target}, not one Dateline made`);
  }
  if (!stats.isDirectory()) refuse("is a file, not a folder");
  const names = readdirSync(out);
  if (names.length === 0) return "empty";
  if (isMarked(out)) return "marked";
  return refuse(
    `is a folder Dateline did not build (it is not empty and has no ${MARKER_FILE})`,
    "Choose another --out, or empty or remove the folder yourself if it should go (a site built by an older Dateline has no marker: remove it once).",
  );
}

export function isMarked(dir: string): boolean {
  try {
    return readFileSync(path.join(dir, MARKER_FILE), "utf8") === MARKER_TEXT;
  } catch {
    return false;
  }
}

/** The real path of `p`, resolving symbolic links in its nearest existing ancestor (p may not exist yet). */
function realPathOf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const parent = path.dirname(p);
    return parent === p ? p : path.join(realPathOf(parent), path.basename(p));
  }
}

/** Whether `inner` is strictly inside `outer`. */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative !== "" && relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
