// /_headers (Netlify and Cloudflare Pages read it): a strict Content-Security-Policy (no inline
// scripts or styles) and a year of caching for fingerprinted assets.
import { ASSETS_FOLDER, HEADERS_URL, SEARCH_BUNDLES_FOLDER } from "../src/routes.ts";
import type { SiteOptions } from "../src/site/site-options.ts";

export const data = { permalink: HEADERS_URL, eleventyExcludeFromCollections: true };

/** Pagefind runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval', not 'unsafe-inline'). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// The cache rules' paths are as readers request them, so they start with the path prefix (a site
// under /news/ serves its assets from /news/assets/).
export function render({ site }: { site: SiteOptions }) {
  const prefix = site.pathPrefix.replace(/\/$/, "");
  return {
    html: [
      "/*",
      `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
      "  X-Content-Type-Options: nosniff",
      "  Referrer-Policy: strict-origin-when-cross-origin",
      `${prefix}${ASSETS_FOLDER}*`,
      "  Cache-Control: public, max-age=31536000, immutable",
      `${prefix}${SEARCH_BUNDLES_FOLDER}*`,
      "  Cache-Control: public, max-age=3600",
      "",
    ].join("\n"),
  };
}
