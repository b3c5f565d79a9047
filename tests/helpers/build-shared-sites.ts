// Run in a child process by tests/setup/shared-builds.ts: build every shared site below argv[2] and
// write what buildSite returned for each to argv[2]/builds.json.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { SHARED_BUILDS, type SharedBuild, type SharedBuildName, type SharedBuildSpec } from "./shared-build-specs.ts";

const root = process.argv[2]!;
const builds = {} as Record<SharedBuildName, SharedBuild>;
// One after another in this one process: Eleventy and the templates load once, the later builds are warm.
for (const [name, spec] of Object.entries(SHARED_BUILDS) as [SharedBuildName, SharedBuildSpec][]) {
  const outDir = path.join(root, name, "_site");
  const site = makeSiteOptions({ siteUrl: spec.siteUrl, pathPrefix: spec.pathPrefix });
  const result = await buildSite({ contentDir: spec.contentDir, outDir, site, search: spec.search });
  builds[name] = { outDir, ok: result.ok, reportCount: result.reportCount, pageCount: result.ok ? result.pageCount : null, diagnostics: result.diagnostics };
}
writeFileSync(path.join(root, "builds.json"), JSON.stringify(builds));
