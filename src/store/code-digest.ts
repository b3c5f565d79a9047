// A digest of the code that makes records and pages (src/, layouts/, the locked dependencies): part
// of every cache key, so that after an upgrade or an edit to a template nothing stale is reused.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(fileURLToPath(import.meta.url), "../../..");
const PARTS = ["src", "layouts", "package-lock.json"];

let computed: string | null = null;

export function codeDigest(): string {
  if (computed) return computed;
  const hash = createHash("sha256");
  for (const part of PARTS) for (const file of filesUnder(path.join(ROOT, part))) hash.update(path.relative(ROOT, file)).update(readFileSync(file));
  return (computed = hash.digest("hex"));
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
