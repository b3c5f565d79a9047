// The output folder is replaced only by a complete build: render into a sibling temporary folder,
// then swap it in. A failed build leaves the previous site byte for byte as it was.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

export interface Staging {
  /** Where the build writes. */
  dir: string;
  /** Make the staged build the output folder (replacing the old one). */
  publish(): void;
  /** Throw the staged build away. */
  discard(): void;
}

export function stageOutput(outDir: string): Staging {
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  // A sibling, so the final rename stays on one file system and is atomic.
  const dir = path.join(parent, `.${path.basename(out)}.building-${process.pid}`);
  const old = path.join(parent, `.${path.basename(out)}.previous-${process.pid}`);
  mkdirSync(parent, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  return {
    dir,
    publish() {
      const hadOutput = existsSync(out);
      if (hadOutput) renameSync(out, old);
      renameSync(dir, out);
      if (hadOutput) rmSync(old, { recursive: true, force: true });
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
