// A request's path decoded and checked before any file is looked up, for the preview and the dev
// server: a path no page of the site can have is refused (400) instead of reaching the file system.

/** Far longer than any address the site writes (the longest are a report's, under 200). */
export const MAX_TARGET_LENGTH = 2048;

export type RequestPath =
  | {
      ok: true;
      /** Decoded: "/2017/10/21/maine-ferry-resumes/". */
      pathname: string;
      /** As sent, still percent-encoded: for a Location that keeps the request's own encoding. */
      rawPathname: string;
      /** "?q=ferry", or "". */
      search: string;
    }
  | { ok: false; reason: string };

const refuse = (reason: string): RequestPath => ({ ok: false, reason });

export function parseRequestPath(target: string | undefined): RequestPath {
  if (!target) return refuse("no path");
  if (target.length > MAX_TARGET_LENGTH) return refuse(`a path longer than ${MAX_TARGET_LENGTH} characters`);
  // The origin form browsers send ("/path?query"), not "*" or a proxy's absolute URL.
  if (!target.startsWith("/")) return refuse("not a path");
  const query = target.indexOf("?");
  const rawPathname = query === -1 ? target : target.slice(0, query);
  const search = query === -1 ? "" : target.slice(query);
  let pathname: string;
  try {
    // Throws on "%", "%zz", and bytes that are not UTF-8, among them the overlong forms of "." and
    // "/" (%c0%ae, %c0%af) that old servers decoded into a way out of their folder.
    pathname = decodeURIComponent(rawPathname);
  } catch {
    return refuse("a malformed percent-encoding");
  }
  // A NUL ends a path in the system's calls; no page's address has a control character.
  if (/[\u0000-\u001f\u007f]/.test(pathname)) return refuse("a control character");
  // A separator on Windows: "..\" steps out of the folder there.
  if (pathname.includes("\\")) return refuse("a backslash");
  // Decoded, so "%2e%2e%2f" counts: the site's addresses have no "." or ".." segment.
  const segments = pathname.split("/");
  if (segments.some((segment) => segment === "." || segment === "..")) return refuse('a "." or ".." segment');
  // "//host/..." in a Location would send the browser to another host.
  if (segments.slice(1, -1).includes("")) return refuse("an empty segment (//)");
  return { ok: true, pathname, rawPathname, search };
}
