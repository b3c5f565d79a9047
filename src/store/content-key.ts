// The keys of the record store: a report's key changes when its text, its path, the gazetteer, the
// build options or the code that parses and links it change (not the templates: code-digest.ts),
// so a cached record is reused only when parsing and linking it again would give the same result.
import { createHash } from "node:crypto";
import type { Entity, SourceFile } from "../types.ts";
import { recordCodeDigest } from "./code-digest.ts";

/** What every report's record depends on besides its own file. */
export function linkDigest(entities: readonly Entity[], options: object): string {
  return digest([recordCodeDigest(), JSON.stringify(options), JSON.stringify(entities)]);
}

export function contentKey(file: SourceFile, context: string): string {
  return digest([context, file.path, file.id, file.format, file.text]).slice(0, 32);
}

function digest(parts: readonly string[]): string {
  const hash = createHash("sha256");
  // A separator no part can hold unescaped keeps ["ab", "c"] and ["a", "bc"] apart.
  for (const part of parts) hash.update(JSON.stringify(part)).update("\n");
  return hash.digest("hex");
}
