// A test's handle on a shared build (tests/helpers/shared-build-specs.ts): read its files, never write them.
import { inject } from "vitest";
import type { SharedBuild, SharedBuildName } from "./shared-build-specs.ts";

export function sharedBuild(name: SharedBuildName): SharedBuild {
  const builds = inject("sharedBuilds");
  // A config without tests/setup/shared-builds.ts (the browser tests' one) provides nothing.
  if (!builds) throw new Error("No shared builds: this vitest config has no globalSetup tests/setup/shared-builds.ts.");
  return builds[name];
}
