// Two reports must never claim one id, and no two things one URL: every address content claims
// (reports, their old addresses, withdrawn pages, images) goes to the one URL registry
// (src/urls/url-claims.ts) before anything is written.
import { problems } from "../diagnostics/catalog.ts";
import { reportFileUrl } from "../routes.ts";
import type { ArchiveEntry, ArticleFacts, Diagnostic, WithdrawnReport } from "../types.ts";
import { checkClaims, type Claim } from "../urls/url-claims.ts";
import type { UrlLock } from "./url-lock.ts";

/** One diagnostic per report that repeats an id already taken, naming the first owner. */
export function checkIds(articles: readonly ArticleFacts[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, ArticleFacts>();
  for (const article of articles) {
    const sameId = byId.get(article.id);
    if (sameId) diagnostics.push(problems.idCollision({ file: article.sourcePath, line: 1 }, article.id, sameId.sourcePath));
    else byId.set(article.id, article);
  }
  return diagnostics;
}

/** What claims URLs: each report read (as its file gave it, and at its locked URL), the lock, withdrawn.yaml. */
export interface Claimants {
  reports: readonly { given: ArchiveEntry; entry: ArchiveEntry }[];
  lock: { path: string; lock: UrlLock } | null;
  withdrawn: { path: string; withdrawn: readonly WithdrawnReport[] };
}

/** Every problem with the URLs content claims. Reports' own addresses first: they hold their URL against an old address. */
export function checkUrls({ reports, lock, withdrawn }: Claimants): Diagnostic[] {
  function* claims(): Generator<Claim> {
    for (const { entry } of reports) yield { url: entry.url, kind: "report", file: entry.sourcePath, line: 1 };
    for (const { given, entry } of reports) {
      const own = new Set(given.redirectFrom ?? []);
      for (const url of entry.redirectFrom ?? []) {
        if (own.has(url)) yield { url, kind: "redirect", file: entry.sourcePath, line: entry.redirectFromLine ?? 1 };
        else yield { url, kind: "locked-redirect", file: lock?.path ?? entry.sourcePath, line: lock?.lock.get(entry.id)?.line ?? 1, report: entry.sourcePath };
      }
      for (const image of entry.images ?? []) yield { url: reportFileUrl(entry.url, image.name), kind: "image", file: entry.sourcePath, line: image.line };
    }
    for (const gone of withdrawn.withdrawn) yield { url: gone.url, kind: "withdrawn", file: withdrawn.path, line: gone.line ?? 1 };
  }
  return checkClaims(claims());
}
