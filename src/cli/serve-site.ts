// A minimal static server for a built site on 127.0.0.1 (`npm run preview`, and the browser tests).
// It sends the headers the site's _headers file asks for, as Netlify or Cloudflare Pages would,
// so a preview runs under the site's real Content-Security-Policy; a missing page gets 404.html.
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml",
  ".json": "application/json",
  ".js": "text/javascript",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** Rules of a _headers file: a path pattern ("/assets/*") and the headers for it. */
function readHeaderRules(root: string): { pattern: string; headers: [string, string][] }[] {
  const file = path.join(root, "_headers");
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, pathname: string) => (pattern.endsWith("*") ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern);

/** Serve `root` at `prefix` ("/news/" for a site built with --path-prefix /news/), on `port` (0: any free one). */
export async function serveSite(given: string, prefix = "/", port = 0): Promise<{ url: string; close(): Promise<void> }> {
  // --out is a link to the published build: serve what it points at.
  const root = realpathSync(given);
  const rules = readHeaderRules(root);
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (!requested.startsWith(prefix)) return void response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    const pathname = `/${requested.slice(prefix.length)}`;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      const notFound = path.join(root, "404.html");
      if (!existsSync(notFound)) return void response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      response.writeHead(404, { "content-type": TYPES[".html"]! });
      return void createReadStream(notFound).pipe(response);
    }
    for (const rule of rules) if (matches(rule.pattern, pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
