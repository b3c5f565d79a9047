// Digests of the code that makes records and pages, part of every cache key, so that after an
// upgrade or an edit nothing stale is reused. A record's covers only the modules parsing and
// linking run (found by following their imports) and the locked dependencies: a template or CSS
// edit re-renders pages and parses nothing. A page's covers all of src/, layouts/ and the lock.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(fileURLToPath(import.meta.url), "../../..");
const PAGE_PARTS = ["src", "layouts", "package-lock.json"];
/** Where a record is made: the parse stage, the linker, the compact entry, and the key itself. */
const RECORD_ENTRIES = ["src/parse/parse-report.ts", "src/entities/link-articles.ts", "src/entities/archive-entry.ts", "src/store/content-key.ts"];
const LOCK_FILE = "package-lock.json";
/**
 * Hashed, but its imports not followed: load-archive.ts's parseAndLink decides what is stored, and
 * it also imports the worker pool, whose render tasks reach the templates.
 */
const RECORD_FILES = ["src/load-archive.ts"];

let pages: string | null = null;
let records: string | null = null;

/** What every page's key depends on besides its view-model: all of the code and the templates. */
export function codeDigest(): string {
  pages ??= digestOf(PAGE_PARTS.flatMap((part) => filesUnder(path.join(ROOT, part))));
  return pages;
}

/** What every record's key depends on besides its report and the gazetteer: the code that parses and links, and the dependencies. */
export function recordCodeDigest(): string {
  records ??= digestOf([...recordModules(), ...RECORD_FILES.map((file) => path.join(ROOT, file)), ...filesUnder(path.join(ROOT, LOCK_FILE))]);
  return records;
}

/** The modules the record entries import, however indirectly (relative imports; the dependencies are the lock file's). */
export function recordModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, "utf8"))) visit(path.resolve(path.dirname(file), specifier));
  };
  for (const entry of RECORD_ENTRIES) visit(path.join(ROOT, entry));
  return [...seen].sort();
}

/** `import ... from "./x.ts"` and `export ... from "../y.ts"`, type-only ones too (a type can change what is stored). */
function relativeImports(source: string): string[] {
  return [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gms)].map((m) => m[1]!);
}

function digestOf(files: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(ROOT, file)).update(readFileSync(file));
  return hash.digest("hex");
}

function filesUnder(target: string): string[] {
  let names: string[];
  try {
    names = readdirSync(target).sort();
  } catch (error) {
    // A file (ENOTDIR) is hashed itself; a part that is not there (no lock file) adds nothing.
    return (error as NodeJS.ErrnoException).code === "ENOTDIR" ? [target] : [];
  }
  return names.flatMap((name) => filesUnder(path.join(target, name)));
}
