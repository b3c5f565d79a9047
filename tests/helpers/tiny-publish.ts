// Publish a one-page site through the real publishing steps, without Eleventy: for the tests of
// locking, crashes and failed writes, where only the folders matter.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { checkOutDir } from "../../src/write/check-out-dir.ts";
import { stageOutput, type PublishHooks } from "../../src/write/publish-output.ts";

/** Publish a site whose index.html reads `label` to `out`. */
export function publishTiny(out: string, label: string, hooks: PublishHooks = {}): void {
  const staging = stageOutput(checkOutDir(out, "content"), hooks);
  try {
    writeFileSync(path.join(staging.open(), "index.html"), label);
    staging.publish();
  } finally {
    staging.close();
  }
}
