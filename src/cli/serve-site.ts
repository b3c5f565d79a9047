// The static server for a built site on 127.0.0.1 (`npm run preview`, and the browser tests), answering
// as Netlify or Cloudflare Pages would: the _headers file's headers, the _redirects file's redirects,
// 404.html for a missing page, and nothing from outside the site's folder.
import { readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import send from "send";
import { headersFor, readHeaderRules, readRedirectRules, redirectFor } from "./host-rules.ts";
import { parseRequestPath } from "./request-path.ts";

/** Read by the host, never served (Netlify and Cloudflare Pages do not publish them). */
const HOST_FILES = new Set(["_headers", "_redirects"]);

type Found = { file: string } | { folder: true } | null;

/** Serve `root` at `prefix` ("/news/" for a site built with --path-prefix /news/), on `port` (0: any free one). */
export async function serveSite(given: string, prefix = "/", port = 0): Promise<{ url: string; close(): Promise<void> }> {
  // --out is a link to the published build: serve what it points at.
  const root = realpathSync(given);
  const inside = root.endsWith(path.sep) ? root : root + path.sep;
  const headerRules = readHeaderRules(root);
  const redirectRules = readRedirectRules(root);

  /** The real file for a path below the root, or a folder asked for without its slash. A link is followed only while it stays inside the root. */
  function find(relative: string): Found {
    let real: string;
    try {
      real = realpathSync(path.join(root, relative));
    } catch {
      // ENOENT, ENOTDIR ("robots.txt/"), ENAMETOOLONG, ELOOP, EACCES: no page there.
      return null;
    }
    // Compared with the separator: a sibling folder "<root>-x" starts with the root's name too.
    if (real !== root && !real.startsWith(inside)) return null;
    const stats = statSync(real);
    if (stats.isDirectory()) {
      if (relative !== "" && !relative.endsWith("/")) return { folder: true };
      return find(path.join(relative, "index.html"));
    }
    // Never a FIFO or a device (reading one may block); and "page.html/" names a folder that is not there.
    return stats.isFile() && !relative.endsWith("/") ? { file: real } : null;
  }

  function setSiteHeaders(response: ServerResponse, pathname: string): void {
    for (const [name, value] of headersFor(headerRules, pathname)) response.setHeader(name, value);
  }

  function plain(request: IncomingMessage, response: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders = {}): void {
    response.writeHead(status, { ...headers, "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(text) });
    response.end(request.method === "HEAD" ? undefined : text);
  }

  function notFound(request: IncomingMessage, response: ServerResponse, pathname: string): void {
    const page = find("404.html");
    if (!page || !("file" in page)) return plain(request, response, 404, "Not found\n");
    const body = readFileSync(page.file);
    // The host's headers apply to the 404 page too: a preview shows it under the site's CSP.
    setSiteHeaders(response, pathname);
    response.writeHead(404, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    response.end(request.method === "HEAD" ? undefined : body);
  }

  function redirect(response: ServerResponse, status: number, location: string): void {
    response.writeHead(status, { location, "content-length": 0 }).end();
  }

  function answer(request: IncomingMessage, response: ServerResponse): void {
    const target = parseRequestPath(request.url);
    if (!target.ok) return plain(request, response, 400, `Bad request: ${target.reason}\n`);
    const { pathname, rawPathname, search } = target;
    if (!pathname.startsWith(prefix)) {
      if (`${pathname}/` === prefix) return redirect(response, 301, prefix + search);
      return plain(request, response, 404, "Not found\n");
    }
    // Cloudflare Pages follows a redirect even where a file is (Netlify does for forced "301!"
    // rules): the site's stub pages at old addresses are for hosts that read no _redirects.
    const moved = redirectFor(redirectRules, pathname, search);
    if (moved) return redirect(response, moved.status, moved.location);
    const relative = pathname.slice(prefix.length);
    const found = HOST_FILES.has(relative) ? null : find(relative);
    if (found === null) return notFound(request, response, pathname);
    if ("folder" in found) return redirect(response, 301, `${rawPathname}/${search}`);
    setSiteHeaders(response, pathname);
    // send answers ranges (206, 416), conditional requests (ETag, Last-Modified) and HEAD, with the
    // MIME type of mime-db; it gets the checked real path, encoded as the URL path it expects.
    const encoded = path.relative(root, found.file).split(path.sep).map(encodeURIComponent).join("/");
    send(request, encoded, { root, dotfiles: "allow", index: false, cacheControl: false })
      .on("error", (error: Error & { status?: number; headers?: OutgoingHttpHeaders }) => {
        // A read that failed halfway: the status has gone, only the connection can say so.
        if (response.headersSent) return void response.destroy();
        if (error.status === 404) return notFound(request, response, pathname);
        plain(request, response, error.status ?? 500, `${error.message}\n`, error.headers);
      })
      .pipe(response);
  }

  const server: Server = createServer((request, response) => {
    try {
      answer(request, response);
    } catch (error) {
      // A file that went away between the checks, a disk error: this request fails, the server holds.
      if (response.headersSent) response.destroy();
      else plain(request, response, 500, `Server error: ${(error as Error).message}\n`);
    }
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
