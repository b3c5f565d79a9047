// The options the project gives Eleventy's dev server (src/dev/server-options.ts), tried on the dev
// server itself in this process, without a build: where it listens (127.0.0.1, or DATELINE_HOST's
// address) and what it answers to a path it would otherwise throw on.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { afterEach, expect, test } from "vitest";
import { devServerOptions } from "../../src/dev/server-options.ts";
import { statusLine } from "../helpers/raw-request.ts";
import { tempDir } from "../helpers/temp-content.ts";

interface DevServer {
  serve(port: number): void;
  ready(): Promise<void>;
  close(): Promise<void>;
  server: { address(): AddressInfo };
}

const { getServer } = createRequire(import.meta.url)("@11ty/eleventy-dev-server") as { getServer(name: string, dir: string, options: object): DevServer };
const quiet = { info() {}, log() {}, error() {} };
const started: DevServer[] = [];
const hostBefore = process.env.DATELINE_HOST;

afterEach(async () => {
  if (hostBefore === undefined) delete process.env.DATELINE_HOST;
  else process.env.DATELINE_HOST = hostBefore;
  await Promise.all(started.splice(0).map((server) => server.close()));
});

async function start(messages: string[] = []): Promise<DevServer> {
  const dir = tempDir("dev-options");
  writeFileSync(`${dir}/index.html`, "<!DOCTYPE html><title>Home</title>");
  const server = getServer("test", dir, { ...devServerOptions(), liveReload: false, logger: { ...quiet, info: (m: string) => messages.push(m) } });
  started.push(server);
  server.serve(0);
  await server.ready();
  return server;
}


test("listens on 127.0.0.1 unless DATELINE_HOST says otherwise, and says so", async () => {
  delete process.env.DATELINE_HOST;
  const messages: string[] = [];
  const local = await start(messages);
  const { address, port } = local.server.address();
  expect(address).toBe("127.0.0.1");
  expect(messages).toContain(`Server at http://127.0.0.1:${port}/`);

  process.env.DATELINE_HOST = "0.0.0.0";
  expect((await start()).server.address().address).toBe("0.0.0.0");
});

test("answers 400 to a malformed path, and goes on serving", async () => {
  const { port } = (await start()).server.address();
  for (const target of ["/%", "/%zz", "/..%2f..%2fetc%2fpasswd", "/%00"]) expect({ target, answer: await statusLine(port, target) }).toEqual({ target, answer: "HTTP/1.1 400 Bad Request" });
  expect(await statusLine(port, "/")).toBe("HTTP/1.1 200 OK");
});
