// The preview server (`npm run preview`, src/cli/serve-site.ts) answering raw requests for a tiny site
// made by hand: MIME types, ranges, the folder it may serve (symbolic links, a sibling folder whose
// name starts with the site's), malformed paths, and the host's _headers, _redirects and 404.html.
// Requests go through node:http with the path as written, so that what fetch would normalise
// (%2e%2e, backslashes, a lone %) reaches the server as an attacker would send it.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveSite } from "../../src/cli/serve-site.ts";
import { tempDir } from "../helpers/temp-content.ts";

type Server = Awaited<ReturnType<typeof serveSite>>;
interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const SECRET = "the sibling's secret";
const OUTSIDE = "a file outside the site";
const NOT_FOUND_PAGE = "<!DOCTYPE html><title>Page not found</title>";
const DIGITS = "0123456789".repeat(100);

let parent: string;
let site: Server;
let prefixed: Server;

function write(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** One request on its own connection, the path sent as given; a server that never answers fails it. */
function send(server: Server, target: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: hostname, port, path: target, method, headers, agent: false }, (response) => {
      let body = "";
      response.setEncoding("latin1");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      response.on("error", reject);
    });
    // Not a measure of speed: only so that a hung connection fails the test instead of the run.
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error(`no answer to ${target}`)));
    outgoing.on("error", reject);
    outgoing.end();
  });
}

beforeAll(async () => {
  parent = tempDir("preview");
  const root = path.join(parent, "site");
  write(path.join(root, "index.html"), "<!DOCTYPE html><title>Home</title>");
  write(path.join(root, "404.html"), NOT_FOUND_PAGE);
  write(path.join(root, "sub/index.html"), "<!DOCTYPE html><title>Sub</title>");
  // The stub page the site writes at an old address, for hosts that do not read _redirects.
  write(path.join(root, "2017/10/21/old-ferry/index.html"), '<meta http-equiv="refresh" content="0; url=/2017/10/21/maine-ferry-resumes/">');
  for (const ext of ["jpg", "png", "webp", "gif", "avif"]) write(path.join(root, `images/photo.${ext}`), new Uint8Array([0xff, 0xd8, 0x00, 0x01]));
  write(path.join(root, "assets/site.css"), "body{}");
  write(path.join(root, "assets/app.js"), "export {};");
  write(path.join(root, "assets/icon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  write(path.join(root, "pagefind/pagefind.wasm"), new Uint8Array([0, 0x61, 0x73, 0x6d]));
  write(path.join(root, "feed.xml"), "<feed/>");
  write(path.join(root, "api/index.json"), "{}");
  write(path.join(root, "robots.txt"), "User-agent: *");
  write(path.join(root, "digits.txt"), DIGITS);
  write(path.join(root, "_headers"), "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  write(
    path.join(root, "_redirects"),
    ["# moved reports", "/2017/10/21/old-ferry/ /2017/10/21/maine-ferry-resumes/ 301", "/for-now/ /sub/ 302", "/old-section/*  /sub/:splat", ""].join("\n"),
  );
  // Links: one that stays inside the site (served), and a file and a folder outside it (never).
  write(path.join(parent, "outside/secret.txt"), OUTSIDE);
  symlinkSync(path.join(root, "index.html"), path.join(root, "home.html"));
  symlinkSync(path.join(parent, "outside/secret.txt"), path.join(root, "leak.txt"));
  symlinkSync(path.join(parent, "outside"), path.join(root, "linked"));
  // A folder beside the site whose name starts with the site folder's.
  write(path.join(parent, "site-x/secret.txt"), SECRET);

  // A site built with --path-prefix /news/: its _headers and _redirects name the paths with the prefix.
  const news = path.join(parent, "news");
  write(path.join(news, "index.html"), "<!DOCTYPE html><title>News</title>");
  write(path.join(news, "404.html"), NOT_FOUND_PAGE);
  write(path.join(news, "sub/index.html"), "<!DOCTYPE html><title>Sub</title>");
  write(path.join(news, "assets/site.css"), "body{}");
  write(path.join(news, "_headers"), "/*\n  X-Content-Type-Options: nosniff\n/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  write(path.join(news, "_redirects"), "/news/old/ /news/sub/ 301\n");

  site = await serveSite(root);
  prefixed = await serveSite(news, "/news/");
});

afterAll(async () => {
  await site?.close();
  await prefixed?.close();
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe("the preview server", () => {
  test("listens on 127.0.0.1 only", () => {
    expect(new URL(site.url).hostname).toBe("127.0.0.1");
  });

  test("gives each kind of file its MIME type, text with its charset, under the site's nosniff", async () => {
    const types: [string, string][] = [
      ["/", "text/html; charset=utf-8"],
      ["/images/photo.jpg", "image/jpeg"],
      ["/images/photo.png", "image/png"],
      ["/images/photo.webp", "image/webp"],
      ["/images/photo.gif", "image/gif"],
      ["/images/photo.avif", "image/avif"],
      ["/assets/icon.svg", "image/svg+xml"],
      ["/feed.xml", "application/xml"],
      ["/api/index.json", "application/json; charset=utf-8"],
      ["/assets/site.css", "text/css; charset=utf-8"],
      ["/assets/app.js", "text/javascript; charset=utf-8"],
      ["/pagefind/pagefind.wasm", "application/wasm"],
      ["/robots.txt", "text/plain; charset=utf-8"],
    ];
    for (const [target, type] of types) {
      const answer = await send(site, target);
      expect({ target, status: answer.status, type: answer.headers["content-type"], nosniff: answer.headers["x-content-type-options"] }).toEqual({
        target,
        status: 200,
        type,
        nosniff: "nosniff",
      });
    }
  });

  test("answers a range request with 206 and the bytes asked for; a range past the end with 416", async () => {
    const part = await send(site, "/digits.txt", { Range: "bytes=10-19" });
    expect(part.status).toBe(206);
    expect(part.headers["content-range"]).toBe(`bytes 10-19/${DIGITS.length}`);
    expect(part.body).toBe(DIGITS.slice(10, 20));
    const past = await send(site, "/digits.txt", { Range: `bytes=${DIGITS.length + 10}-` });
    expect(past.status).toBe(416);
    expect(past.headers["content-range"]).toBe(`bytes */${DIGITS.length}`);
  });

  test("serves a link that stays inside the site, never one that leads out of it", async () => {
    expect((await send(site, "/home.html")).body).toContain("<title>Home</title>");
    for (const target of ["/leak.txt", "/linked/secret.txt", "/linked/"]) {
      const answer = await send(site, target);
      expect({ target, status: answer.status, leaked: answer.body.includes(OUTSIDE) }).toEqual({ target, status: 404, leaked: false });
    }
  });

  // Each is a path no page can have: answered 400, and the server goes on serving.
  test.each([
    { what: "a lone %", target: "/%" },
    { what: "a % without hex digits", target: "/%zz" },
    { what: "a NUL byte", target: "/index.html%00" },
    { what: "an overlong UTF-8 encoding of ../", target: "/%c0%ae%c0%ae%c0%afsite-x/secret.txt" },
    { what: "a path of 3000 characters", target: `/${"a".repeat(3000)}` },
    { what: "raw dot segments", target: "/sub/../../site-x/secret.txt" },
    { what: "encoded dot segments", target: "/%2e%2e/%2e%2e/etc/passwd" },
    { what: "an encoded ../ into the sibling folder", target: "/%2e%2e%2fsite-x%2fsecret.txt" },
    { what: "../ with an encoded slash into the sibling folder", target: "/..%2fsite-x%2fsecret.txt" },
    { what: "backslashes", target: "/..\\site-x\\secret.txt" },
    { what: "encoded backslashes", target: "/%5c..%5csite-x%5csecret.txt" },
    { what: "an empty segment, which a Location would make another host", target: "//sub" },
  ])("$what is answered 400 and the server holds", async ({ target }) => {
    const answer = await send(site, target);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain(SECRET);
    expect((await send(site, "/")).status).toBe(200);
  });

  test("applies the _headers rules that match the path, and serves neither _headers nor _redirects", async () => {
    const home = await send(site, "/");
    expect(home.headers["content-security-policy"]).toBe("default-src 'self'");
    expect(home.headers["cache-control"]).toBeUndefined();
    expect((await send(site, "/assets/site.css")).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const target of ["/_headers", "/_redirects"]) expect((await send(site, target)).status).toBe(404);
  });

  test("a missing page gets 404.html with status 404, under the site's headers; HEAD gets no body", async () => {
    const missing = await send(site, "/no/such/page/");
    expect(missing.status).toBe(404);
    expect(missing.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(missing.headers["content-security-policy"]).toBe("default-src 'self'");
    expect(missing.body).toBe(NOT_FOUND_PAGE);
    const head = await send(site, "/no/such/page/", {}, "HEAD");
    expect(head.status).toBe(404);
    expect(head.body).toBe("");
  });

  test("follows _redirects as a host does: its status and Location, before the stub page at the old address", async () => {
    const cases: [string, number, string][] = [
      ["/2017/10/21/old-ferry/", 301, "/2017/10/21/maine-ferry-resumes/"],
      ["/2017/10/21/old-ferry", 301, "/2017/10/21/maine-ferry-resumes/"],
      ["/2017/10/21/old-ferry/?ref=feed", 301, "/2017/10/21/maine-ferry-resumes/?ref=feed"],
      ["/for-now/", 302, "/sub/"],
      ["/old-section/a/b/", 301, "/sub/a/b/"],
    ];
    for (const [target, status, location] of cases) {
      const answer = await send(site, target);
      expect({ target, status: answer.status, location: answer.headers.location }).toEqual({ target, status, location });
    }
  });

  test("sends a folder asked for without its slash to the folder", async () => {
    const answer = await send(site, "/sub?x=1");
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe("/sub/?x=1");
  });

  test("under a path prefix: rules and redirects name the prefixed paths; outside the prefix is 404", async () => {
    expect((await send(prefixed, "/news/")).body).toContain("<title>News</title>");
    expect((await send(prefixed, "/news/assets/site.css")).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const old = await send(prefixed, "/news/old/");
    expect([old.status, old.headers.location]).toEqual([301, "/news/sub/"]);
    const folder = await send(prefixed, "/news/sub");
    expect([folder.status, folder.headers.location]).toEqual([301, "/news/sub/"]);
    expect((await send(prefixed, "/elsewhere/")).status).toBe(404);
  });
});
