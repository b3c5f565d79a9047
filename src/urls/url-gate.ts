// The one gate every URL or path from content passes (front matter's slug and redirect_from, the
// URL lock, withdrawn.yaml, image names, the caches' records): a site path from the root, made of
// segments of a closed character set, which no browser, host or file system can read as anything
// but a place inside the site. Anything else is refused with the reason, never repaired.

/** The longest site path accepted: far beyond any real address, short of every file system's limit. */
export const MAX_URL_LENGTH = 400;

/** What a URL names: a folder page ("/2017/10/21/x/"), or either a folder or a file ("/old/page.html"). */
export type UrlShape = "folder" | "page";

export type GateResult = { ok: true; url: string } | { ok: false; reason: string };

// Unreserved characters (RFC 3986 section 2.3) and percent-encoded bytes of non-ASCII text. An
// encoded ASCII byte is refused: it could hide a separator (%2F, %5C), a dot segment (%2E) or a
// control character (%00), and any ASCII a path needs can be written as itself.
const SEGMENT = /^(?:[A-Za-z0-9._~-]|%[89A-Fa-f][0-9A-Fa-f])+$/;

/** A site path as the gate accepts it, or why not. Linear in the value's length. */
export function gateUrl(value: unknown, shape: UrlShape = "page"): GateResult {
  const fail = (reason: string): GateResult => ({ ok: false, reason });
  if (typeof value !== "string") return fail("it is not text");
  if (value.length > MAX_URL_LENGTH) return fail(`it is ${value.length} characters long; a site path may have at most ${MAX_URL_LENGTH}`);
  if (!value.startsWith("/")) return fail("it does not start with / (a path from the site's root, without the domain)");
  if (value.startsWith("//")) return fail("it starts with //, which a browser reads as another site's address");
  if (value.includes("\\")) return fail("it has a backslash, which browsers read as /");
  if (/[\p{Cc}\p{Z}]/u.test(value)) return fail("it has a space, a line break or a control character");
  const segments = value.slice(1).split("/");
  // "/a/b/" splits to ["a", "b", ""]: only the last may be empty (a folder's trailing slash).
  const last = segments.length - 1;
  for (const [i, segment] of segments.entries()) {
    if (segment === "" && i === last) continue;
    if (segment === "") return fail("it has an empty segment (//)");
    if (segment === "." || segment === "..") return fail(`it has a ${JSON.stringify(segment)} segment, which leads out of its folder`);
    if (!SEGMENT.test(segment)) return fail(`its segment ${JSON.stringify(segment)} has a character other than letters, digits, - . _ ~ or an encoded non-ASCII letter`);
  }
  if (!decodes(value)) return fail("its percent-encoding is not UTF-8 text");
  if (shape === "folder" && !value.endsWith("/")) return fail("it does not end with / (a page's address is a folder, such as /2017/10/21/headline/)");
  return { ok: true, url: value };
}

/** Whether a path's percent-encoding decodes to text (a lone %C3 does not). */
function decodes(value: string): boolean {
  if (!value.includes("%")) return true;
  try {
    decodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/** The path a URL is stored at, as a case-blind file system (macOS, Windows) sees it: two claims on one of these are one file. */
export const fileKey = (outputPath: string) => outputPath.toLowerCase();
