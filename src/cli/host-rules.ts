// The rule files a build leaves for its host, _headers and _redirects, read and matched as Netlify and
// Cloudflare Pages do, so that the preview answers with the headers and redirects the host would.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

export interface RedirectRule {
  pattern: RegExp;
  /** Where to, with ":splat" and ":name" for what the pattern caught. */
  to: string;
  status: number;
}

/** The statuses a redirect line may give; 200 (a rewrite) and 404 (a custom page) are not emulated. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** "/assets/*" or "/news/:year/*" as a pattern: "*" takes the rest of the path, ":name" one segment. */
function pathPattern(from: string, trailingSlashOptional: boolean): RegExp {
  // Netlify and Cloudflare match a redirect's path with or without its trailing slash.
  const base = trailingSlashOptional && from.length > 1 ? from.replace(/\/$/, "") : from;
  let source = "";
  const named = new Set<string>();
  for (const part of base.split(/(\*|:[A-Za-z_]\w*)/)) {
    const name = part === "*" ? "splat" : part.startsWith(":") ? part.slice(1) : null;
    const any = part === "*" ? ".*" : "[^/]+";
    // A name caught twice keeps its first catch.
    if (name !== null) source += named.has(name) ? any : `(?<${name}>${any})`;
    else source += part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (name !== null) named.add(name);
  }
  return new RegExp(`^${source}${trailingSlashOptional && !base.endsWith("*") ? "/?" : ""}$`);
}

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const lines = (root: string, name: string) => {
  const file = path.join(root, name);
  return existsSync(file) ? readFileSync(file, "utf8").split(/\r?\n/) : [];
};

/** A _headers file: a path pattern on a line of its own, then its headers indented below it. */
export function readHeaderRules(root: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of lines(root, "_headers")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: pathPattern(decoded(line.trim()), false), headers: [] });
    else {
      const colon = line.indexOf(":");
      if (colon > 0) rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers every rule matching `pathname` gives, a header named by several rules with their values joined (as Cloudflare does). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = found.get(key);
      found.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return found;
}

/** A _redirects file: "from to [status]" a line, 301 when no status is given ("301!", forced, is read as 301). */
export function readRedirectRules(root: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const line of lines(root, "_redirects")) {
    const fields = line.trim().split(/\s+/);
    const [from, to, given = "301"] = fields;
    if (!from || from.startsWith("#") || !to) continue;
    const status = /^(\d{3})!?$/.exec(given);
    // Lines with conditions (query parameters, countries, roles) or a status that is no redirect are left to the host.
    if (!status || fields.length > 3 || !REDIRECT_STATUSES.has(Number(status[1]))) continue;
    rules.push({ pattern: pathPattern(decoded(from), true), to, status: Number(status[1]) });
  }
  return rules;
}

/** The first rule matching `pathname`: its status, and where it sends the request (query kept when the target has none). */
export function redirectFor(rules: readonly RedirectRule[], pathname: string, search: string): { status: number; location: string } | null {
  for (const rule of rules) {
    const match = rule.pattern.exec(pathname);
    if (!match) continue;
    const groups = match.groups ?? {};
    const location = rule.to.replace(/:([A-Za-z_]\w*)/g, (whole, name: string) => (groups[name] === undefined ? whole : encodeURI(groups[name]!)));
    return { status: rule.status, location: location.includes("?") ? location : location + search };
  }
  return null;
}
