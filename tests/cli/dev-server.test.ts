// The dev server (`npm start`) as an editor uses it: Eleventy's --serve with the project's config,
// run in a folder of its own; the test edits, adds and deletes reports and reads what the browser
// is told (the live-reload messages) and what the server's folder holds. And where it listens, and
// what it answers to a malformed path.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { SEARCH_DONE, sleep, startDevServer, until, type DevServer } from "../helpers/dev-server.ts";
import { statusLine } from "../helpers/raw-request.ts";
import { tempDir } from "../helpers/temp-content.ts";

const report = (headline: string, body: string) => `${headline}\n\nBy Nadia Farouk\n\nMarch 3, 2018 | 9:10 AM\n\nDAMASCUS, Syria (AP) — ${body}\n`;
const FERRY = report("Ferry crews return to the river crossing", "Crews returned to the river crossing south of Damascus on Saturday, officials said.\n\nThe crossing had been closed since the floods.");
const MARKET = report("Market reopens after the long winter", "Traders in Palmyra reopened the covered market on Saturday after the winter closure.");
const FERRY_PAGE = "_dev/2018/03/03/ferry-crews-return-to-the-river-crossing/index.html";
const MARKET_PAGE = "_dev/2018/03/03/market-reopens-after-the-long-winter/index.html";
/** The dev server's reload on a file it watches waits for the file to be still for 150 ms (chokidar's awaitWriteFinish). */
const SETTLE = 1000;

let site: string;
let server: DevServer;
const read = (file: string) => readFileSync(path.join(site, file), "utf8");
const port = () => Number(new URL(server.url).port);

/** Whether a connection to `host` is taken (false: refused, nothing listens there). */
function connects(host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port: port() });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNREFUSED" ? resolve(false) : reject(error)));
  });
}

const write = (name: string, text: string) => writeFileSync(path.join(site, "content/reports", name), text);

beforeAll(async () => {
  site = tempDir("dev-server");
  cpSync("content/entities", path.join(site, "content/entities"), { recursive: true });
  mkdirSync(path.join(site, "content/reports"));
  write("ferry.txt", FERRY);
  write("market.txt", MARKET);
  // Each reload message keeps the report's page as it was when the browser was told.
  server = await startDevServer(site, () => read(FERRY_PAGE));
}, 60_000);

afterAll(() => {
  server?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
});

test("an edited report's page is rewritten before the browser is told to reload; the rest follows", { timeout: 60_000 }, async () => {
  expect(read(FERRY_PAGE)).toContain("Crews returned to the river crossing");
  const searches = server.count(SEARCH_DONE);

  // An edit below the first paragraph (the summary other pages show): the page first, then
  // search, and nothing else on the site changes, so the browser is told once.
  server.reloads.length = 0;
  write("ferry.txt", FERRY.replace("since the floods.", "since the floods. The first boat carried bicycles."));
  await server.printed(SEARCH_DONE, searches + 1);
  await sleep(SETTLE);
  expect(server.reloads.length).toBe(1);
  expect(server.reloads[0]!.seen).toContain("The first boat carried bicycles.");

  // A new place named: the page at once, then the place's page lists the report and the browser reloads again.
  server.reloads.length = 0;
  expect(read("_dev/places/palmyra/index.html")).not.toContain("Ferry crews return");
  write("ferry.txt", FERRY.replace("officials said.", "officials said. Some crews came from Palmyra."));
  await server.printed(SEARCH_DONE, searches + 2);
  await until(() => server.reloads.length === 2);
  expect(server.reloads[0]!.seen).toMatch(/Some crews came from <a [^>]*href="\/places\/palmyra\/"/);
  expect(read("_dev/places/palmyra/index.html")).toContain("Ferry crews return to the river crossing");
  expect(read("_dev/pagefind/pagefind-entry.json")).toMatch(/"page_count":2\b/);
});

test("a deleted report's page leaves the site and its lists; a new report gets its page", { timeout: 60_000 }, async () => {
  const searches = server.count(SEARCH_DONE);
  rmSync(path.join(site, "content/reports/market.txt"));
  await server.printed(SEARCH_DONE, searches + 1);
  expect(existsSync(path.join(site, MARKET_PAGE))).toBe(false);
  expect(read("_dev/places/palmyra/index.html")).not.toContain("Market reopens");
  expect(read("_dev/pagefind/pagefind-entry.json")).toMatch(/"page_count":1\b/);

  write("market.txt", MARKET);
  await server.printed(SEARCH_DONE, searches + 2);
  expect(read(MARKET_PAGE)).toContain("Traders in Palmyra reopened the covered market");
  expect(read("_dev/places/palmyra/index.html")).toContain("Market reopens after the long winter");
  expect(read("_dev/pagefind/pagefind-entry.json")).toMatch(/"page_count":2\b/);
});

test("a report edited with sed -i (a new file renamed over it), then deleted, leaves the site", { timeout: 60_000 }, async () => {
  const file = path.join(site, "content/reports/market.txt");
  const searches = server.count(SEARCH_DONE);
  execFileSync("sed", ["-i", "s/covered market/covered bazaar/", file]);
  await server.printed(SEARCH_DONE, searches + 1);
  expect(read(MARKET_PAGE)).toContain("covered bazaar");
  // The file the watcher knew has gone: the deletion of the one renamed over it must still rebuild.
  rmSync(file);
  await server.printed(SEARCH_DONE, searches + 2);
  expect(existsSync(path.join(site, MARKET_PAGE))).toBe(false);
  expect(read("_dev/places/palmyra/index.html")).not.toContain("Market reopens");

  write("market.txt", MARKET);
  await server.printed(SEARCH_DONE, searches + 3);
  expect(read(MARKET_PAGE)).toContain("Traders in Palmyra reopened the covered market");
});

test("listens on 127.0.0.1 only: the machine's other addresses and ::1 are refused", async () => {
  expect(new URL(server.url).hostname).toBe("127.0.0.1");
  expect(server.log()).toContain(`Server at ${server.url}/`);
  expect(await connects("127.0.0.1")).toBe(true);
  // Link-local IPv6 addresses need a zone to be reached at all.
  const others = Object.values(networkInterfaces()).flatMap((addresses) => (addresses ?? []).filter((a) => !a.internal && !a.address.startsWith("fe80:")).map((a) => a.address));
  for (const address of ["::1", ...others]) expect({ address, connects: await connects(address) }).toEqual({ address, connects: false });
});

test.each(["/%", "/%zz", "/..%2f..%2fetc%2fpasswd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/index.html%00"])("a malformed path (%s) is answered 400, and the server goes on", async (target) => {
  expect(await statusLine(port(), target)).toBe("HTTP/1.1 400 Bad Request");
  expect(await statusLine(port(), "/")).toBe("HTTP/1.1 200 OK");
});

test("a report with a problem stops the build with the file named; the pages stay as they were", { timeout: 60_000 }, async () => {
  const before = read(FERRY_PAGE);
  const errors = server.count(/Content problems/g);
  write("ferry.txt", "Ferry crews return to the river crossing\n\nNo date line and no dateline here.\n");
  await server.printed(/Content problems/g, errors + 1);
  expect(server.log()).toContain("content/reports/ferry.txt");
  expect(read(FERRY_PAGE)).toBe(before);
  // Mended, the report is shown again.
  const searches = server.count(SEARCH_DONE);
  write("ferry.txt", FERRY);
  await server.printed(SEARCH_DONE, searches + 1);
  expect(read(FERRY_PAGE)).not.toContain("Some crews came from Palmyra");
});
