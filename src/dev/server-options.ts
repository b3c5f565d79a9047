// The options Eleventy's dev server gets (setServerOptions): it listens on 127.0.0.1 unless
// DATELINE_HOST names another address (DATELINE_HOST=0.0.0.0 npm start, to try the site from a
// phone), and a malformed path is answered 400 (the dev server throws on it and never answers).
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseRequestPath } from "../cli/request-path.ts";
import { teachDevServerHost } from "./listen-host.ts";

export const DEFAULT_HOST = "127.0.0.1";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** Runs before the dev server looks the path up: it decodes the path outside any try. */
export function refuseMalformedPath(request: IncomingMessage, response: ServerResponse, next: () => unknown): unknown {
  const parsed = parseRequestPath(request.url);
  if (parsed.ok) return next();
  response.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
  response.end(`Bad request: ${parsed.reason}\n`);
  return undefined;
}

interface StartMessage {
  hosts: string[];
  localhostUrl: string;
}

export function devServerOptions(host = process.env.DATELINE_HOST || DEFAULT_HOST) {
  teachDevServerHost();
  const loopback = LOOPBACK.has(host);
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    host,
    // Open to the network: the machine's addresses are listed as well as localhost.
    showAllHosts: !loopback,
    middleware: [refuseMalformedPath],
    // The address it listens on, not "localhost", which may name ::1 first where nothing listens.
    messageOnStart: ({ hosts, localhostUrl }: StartMessage) =>
      loopback ? `Server at ${localhostUrl.replace("//localhost:", `//${shown}:`)}` : `Server at ${hosts.join(" or ")}`,
  };
}
