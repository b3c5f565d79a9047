// The one registry of the URLs content claims: each report's address, its old addresses (front
// matter's redirect_from and the URL lock's), withdrawn reports' pages and report images. Every
// claim passes the URL gate; a claim on a URL the site's own pages hold, or on one another claim
// holds, is a problem naming both claimants, never a silent replacement. Files are compared as a
// case-blind file system sees them, since two such files would overwrite each other there.
import { problems } from "../diagnostics/catalog.ts";
import { outputPath, siteOwner } from "../routes.ts";
import type { Diagnostic } from "../types.ts";
import { fileKey, gateUrl, type UrlShape } from "./url-gate.ts";

/** Who claims a URL, for a message: `kind` says what kind of claim it is, `owner` whose (a report's file, when it is not `file`). */
export interface Claim {
  url: string;
  kind: ClaimKind;
  file: string;
  line: number;
  /** The report the claim is for, when it is not the claimant's file (an old address in the lock). */
  report?: string;
}

export type ClaimKind = "report" | "redirect" | "locked-redirect" | "withdrawn" | "image";

/** The URL each kind must be: a page is a folder; an old address or an image may be a file. */
const SHAPES: Record<ClaimKind, UrlShape> = { report: "folder", redirect: "page", "locked-redirect": "page", withdrawn: "folder", image: "page" };

/** Every problem with the claims, in the order given: the first claim on a URL holds it. */
export function checkClaims(claims: Iterable<Claim>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const held = new Map<string, Claim>();
  for (const claim of claims) {
    const gated = gateUrl(claim.url, SHAPES[claim.kind]);
    if (!gated.ok) {
      diagnostics.push(problems.urlRefused(claim, gated.reason));
      continue;
    }
    const file = outputPath(claim.url);
    const owner = siteOwner(file);
    if (owner) {
      diagnostics.push(problems.urlClaimed(claim, `the site's own (its ${owner})`));
      continue;
    }
    const key = fileKey(file);
    const first = held.get(key);
    if (!first) held.set(key, claim);
    else if (!sameClaim(first, claim)) diagnostics.push(problems.urlClaimed(claim, describe(first)));
  }
  return diagnostics;
}

/** One report's address claimed again as its own old address, say, is not two claimants. */
const sameClaim = (a: Claim, b: Claim) => a.url === b.url && a.kind === b.kind && a.file === b.file && a.report === b.report;

/** A claim as the other claimant's message names it: "the report content/reports/a.txt (line 1)". */
function describe(claim: Claim): string {
  const at = `${claim.file} (line ${claim.line})`;
  switch (claim.kind) {
    case "report":
      return `the address of the report ${at}`;
    case "redirect":
      return `an old address (redirect_from) of the report ${at}`;
    case "locked-redirect":
      return `an old address of the report ${claim.report ?? "?"}, recorded in ${at}`;
    case "withdrawn":
      return `the page of a withdrawn report, listed in ${at}`;
    case "image":
      return `an image published by the report ${at}`;
  }
}
