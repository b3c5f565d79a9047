// Throwaway content and output folders for whole-build tests, and a fingerprint of a built site.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function tempDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `dateline-${label}-`));
}

/** A content folder holding the given reports (file name -> text), optionally starting from a copy of another. */
export function writeContent(reports: Record<string, string | Uint8Array>, copyFrom?: string): string {
  const dir = tempDir("content");
  if (copyFrom) cpSync(copyFrom, dir, { recursive: true });
  mkdirSync(path.join(dir, "reports"), { recursive: true });
  for (const [name, text] of Object.entries(reports)) writeFileSync(path.join(dir, "reports", name), text);
  return dir;
}

/** Every file below `dir` (relative path -> sha256), sorted: equal maps mean byte-identical trees. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash("sha256").update(readFileSync(full)).digest("hex");
    }
  };
  walk(dir);
  return out;
}
