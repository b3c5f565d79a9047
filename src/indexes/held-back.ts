// Which reports a build publishes: drafts never (unless asked for), embargoed reports and reports
// dated after the build's clock not yet (unless asked for). The clock is a parameter, so a build
// is reproducible and a test can move it.
import type { ArchiveEntry } from "../types.ts";

export interface PublishOptions {
  /** The build's clock (default: when the build starts). */
  now?: Date;
  /** Publish drafts too (`--drafts`, a preview). */
  drafts?: boolean;
  /** Publish embargoed and future-dated reports too (`--future`, a preview). */
  future?: boolean;
}

/** A report not published by this build, and why, for --verbose. */
export interface HeldBack {
  entry: ArchiveEntry;
  reason: string;
}

/** Why this build holds the report back, or null to publish it. */
export function holdBackReason(entry: Pick<ArchiveEntry, "draft" | "embargo" | "published" | "withdrawn">, options: PublishOptions, now: number): string | null {
  // A withdrawn report is in no list; its page says it was withdrawn (see Archive.withdrawn).
  if (entry.withdrawn) return `withdrawn on ${entry.withdrawn.date}`;
  if (entry.draft && !options.drafts) return "a draft";
  if (options.future) return null;
  if (entry.embargo && Date.parse(entry.embargo) > now) return `embargoed until ${entry.embargo}`;
  if (Date.parse(entry.published) > now) return `dated ${entry.published}, after the build's clock`;
  return null;
}

/** The reports to publish, and those held back, in the order given. */
export function splitHeldBack<T extends { entry: ArchiveEntry }>(linked: readonly T[], options: PublishOptions = {}): { published: T[]; heldBack: HeldBack[] } {
  const now = (options.now ?? new Date()).getTime();
  const published: T[] = [];
  const heldBack: HeldBack[] = [];
  for (const item of linked) {
    const reason = holdBackReason(item.entry, options, now);
    if (reason) heldBack.push({ entry: item.entry, reason });
    else published.push(item);
  }
  return { published, heldBack };
}
