// Two reports must never claim one id or one URL: find every such pair before Eleventy does.
import { problems } from "../diagnostics/catalog.ts";
import type { ArticleFacts, Diagnostic } from "../types.ts";

/** One diagnostic per report that repeats an id or URL already taken, naming the first owner. */
export function checkCollisions(articles: readonly ArticleFacts[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, ArticleFacts>();
  const byUrl = new Map<string, ArticleFacts>();
  for (const article of articles) {
    const at = { file: article.sourcePath, line: 1 };
    const sameId = byId.get(article.id);
    if (sameId) diagnostics.push(problems.idCollision(at, article.id, sameId.sourcePath));
    else byId.set(article.id, article);
    const sameUrl = byUrl.get(article.url);
    if (sameUrl) diagnostics.push(problems.urlCollision(at, article.url, sameUrl.sourcePath));
    else byUrl.set(article.url, article);
  }
  // An old address redirects to one report only, and no report is published there.
  const redirected = new Map<string, ArticleFacts>();
  for (const article of articles) {
    for (const old of article.redirectFrom ?? []) {
      const there = byUrl.get(old) ?? redirected.get(old);
      if (there) diagnostics.push(problems.redirectCollision({ file: article.sourcePath, line: 1 }, old, there === article ? "this report itself" : there.sourcePath));
      else redirected.set(old, article);
    }
  }
  return diagnostics;
}
