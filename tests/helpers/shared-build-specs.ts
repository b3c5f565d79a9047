// The whole builds that read-only tests share, each (content folder, options) built once per test
// run by tests/setup/shared-builds.ts, and what the tests are told about each.
import type { Diagnostic } from "../../src/types.ts";

/** What a shared build is made from. Plain data: it crosses into the process that builds. */
export interface SharedBuildSpec {
  contentDir: string;
  siteUrl?: string;
  pathPrefix?: string;
  search?: boolean;
}

export const SHARED_BUILDS = {
  /** The seeds for https://archive.example.org: the pages, feeds, sitemap and API most tests read. */
  seeds: { contentDir: "content", siteUrl: "https://archive.example.org" },
  /** The seeds with the default options and no search index (--no-search). */
  "seeds-no-search": { contentDir: "content", search: false },
  /** The seeds for https://archive.example.org/news/ (--path-prefix /news/). */
  "seeds-under-news": { contentDir: "content", siteUrl: "https://archive.example.org", pathPrefix: "/news/" },
} satisfies Record<string, SharedBuildSpec>;

export type SharedBuildName = keyof typeof SHARED_BUILDS;

/** Where a shared build is, and what buildSite returned for it (so tests keep checking that too). */
export interface SharedBuild {
  outDir: string;
  ok: boolean;
  reportCount: number;
  /** null when the build stopped. */
  pageCount: number | null;
  diagnostics: Diagnostic[];
}

declare module "vitest" {
  export interface ProvidedContext {
    sharedBuilds: Record<SharedBuildName, SharedBuild>;
  }
}
