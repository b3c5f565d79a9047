// The options a build runs with: the settings file's, under the command line's flags where both
// say something. The CLI and the dev server (.eleventy.ts) both take them from here.
import { DEFAULT_OPTIONS, type PipelineOptions } from "../load-archive.ts";
import type { ReadOptions } from "../read/read-content.ts";
import { makeSiteOptions, siteParts, type SiteOptions } from "../site/site-options.ts";
import type { SiteConfig } from "./read-config.ts";

export interface SiteSettings {
  site: SiteOptions;
  pipeline: PipelineOptions;
  /**
   * The read stage's options the settings file decides (the rest, --allow-empty and --drafts, are
   * the command line's): kept apart from `pipeline`, whose every field is part of each report's
   * record key, since which links are followed changes which files are read, not how one is parsed.
   */
  read: Pick<ReadOptions, "followSymlinksOutOfContent">;
}

/** Throws (as makeSiteOptions does) when a flag's address or folder is not one. */
export function siteSettings(config: SiteConfig, flags: { siteUrl?: string; pathPrefix?: string } = {}): SiteSettings {
  const parts = siteParts(config.pages, config.feeds);
  const site = makeSiteOptions({
    title: config.title,
    description: config.description,
    siteUrl: flags.siteUrl ?? config.siteUrl,
    pathPrefix: flags.pathPrefix ?? config.pathPrefix,
    language: config.language,
    pageSize: config.pageSize,
    parts,
  });
  const pipeline: PipelineOptions = {
    defaultZone: config.defaultZone ?? DEFAULT_OPTIONS.defaultZone,
    linkPolicy: config.linkPolicy ?? DEFAULT_OPTIONS.linkPolicy,
  };
  const read = { followSymlinksOutOfContent: config.followSymlinksOutOfContent ?? false };
  return { site, pipeline, read };
}
