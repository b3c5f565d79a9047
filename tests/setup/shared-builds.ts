// Vitest globalSetup: makes the shared builds (tests/helpers/shared-build-specs.ts) once per run,
// before any test file starts, provides where they are, and at the end checks no test wrote to them.
import { execFile } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual, promisify } from "node:util";
import type { TestProject } from "vitest/node";
import type { SharedBuild, SharedBuildName } from "../helpers/shared-build-specs.ts";
import { fingerprint, tempDir } from "../helpers/temp-content.ts";

const SCRIPT = fileURLToPath(new URL("../helpers/build-shared-sites.ts", import.meta.url));
/**
 * Deliberate: the three builds take 2 to 3 s on this 2-core machine and several times that
 * under load; two minutes means something hangs, and then the run should stop, not wait forever
 * (vitest puts no limit on a globalSetup).
 */
const BUILD_TIMEOUT_MS = 120_000;

export default async function setup(project: TestProject): Promise<() => void> {
  const root = tempDir("shared-builds");
  // A child process with tsx's loader, as the CLI runs: vitest's main process, where this runs, has
  // no loader for the .11ty.tsx templates Eleventy imports.
  await promisify(execFile)(process.execPath, ["--import", "tsx", SCRIPT, root], { cwd: project.config.root, timeout: BUILD_TIMEOUT_MS }).catch(
    (error: Error & { stderr?: string }) => {
      throw new Error(`The shared builds failed: ${error.message}\n${error.stderr ?? ""}`);
    },
  );
  const builds = JSON.parse(readFileSync(path.join(root, "builds.json"), "utf8")) as Record<SharedBuildName, SharedBuild>;
  project.provide("sharedBuilds", builds);
  const outputs = () => Object.values(builds).map((b) => (b.ok ? fingerprint(b.outDir) : {}));
  const before = outputs();
  return () => {
    // Read-only file modes would not stop a test run as root (as in CI containers); comparing the bytes does.
    const unchanged = isDeepStrictEqual(outputs(), before);
    rmSync(root, { recursive: true, force: true });
    if (unchanged) return;
    // Vitest reports an error thrown here but still exits 0, so fail the run explicitly.
    process.exitCode = 1;
    throw new Error("A test wrote to a shared build: tests may only read them (tests/helpers/shared-build.ts).");
  };
}
