// What tells a rebuild that a page is unchanged: a key per page, from everything its view-model is
// made of, the template's code and the site's options. Two builds that give a page the same key
// write the same file, so the second can take the first one's file instead of rendering it again.
import { createHash } from "node:crypto";
import { codeDigest } from "../store/code-digest.ts";
import type { SiteOptions } from "../site/site-options.ts";

/** url -> key, of the pages a build wrote. */
export type PageKeys = Map<string, string>;

/** What every page's key depends on besides its own inputs. */
export function pageSalt(site: SiteOptions): string {
  return `${codeDigest()}\n${JSON.stringify(site)}`;
}

export function pageKey(salt: string, template: string, url: string, inputs: unknown): string {
  return createHash("sha1").update(salt).update("\n").update(template).update("\n").update(url).update("\n").update(JSON.stringify(inputs)).digest("base64url");
}
