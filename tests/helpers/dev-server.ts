// The dev server (`npm start`: Eleventy's --serve with the project's .eleventy.ts) started as a
// child process in a site folder of its own, for the tests and the benchmark: what it prints, and
// the live-reload messages a browser on it would get.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** What the server prints when it has brought search up to date: the end of each rebuild's work. */
export const SEARCH_DONE = /\[dateline\] search: \d+ reports indexed/g;

export interface DevServer {
  /** Where it says it listens: "http://127.0.0.1:20123". */
  url: string;
  /** Everything printed so far. */
  log(): string;
  /** How many times `pattern` (a /g pattern) has been printed. */
  count(pattern: RegExp): number;
  /** Resolves once `pattern` has been printed `times` times in all. */
  printed(pattern: RegExp, times: number): Promise<void>;
  /** Each live-reload message: when it came, and what `onReload` returned then. */
  reloads: { at: number; seen: unknown }[];
  stop(): void;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(20);
}

/** Start the dev server in `cwd` (which holds content/) and wait for its first build and search index. */
export async function startDevServer(cwd: string, onReload: () => unknown = () => null): Promise<DevServer> {
  // What `npm start` runs, but from the site's folder and on a port of its own (it tries the next
  // ones if that is taken).
  const port = String(20_000 + (process.pid % 20_000));
  const tsx = path.join(REPO, "node_modules/.bin/tsx");
  const args = ["--tsconfig", path.join(REPO, "tsconfig.json"), path.join(REPO, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${path.join(REPO, ".eleventy.ts")}`, "--serve", `--port=${port}`];
  // The default address, whatever the shell that runs the tests has set.
  const env = { ...process.env };
  delete env.DATELINE_HOST;
  const child = spawn(tsx, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (data) => (log += data));
  child.stderr.on("data", (data) => (log += data));
  const count = (pattern: RegExp) => (log.match(pattern) ?? []).length;
  const printed = (pattern: RegExp, times: number) => until(() => count(pattern) >= times || child.exitCode !== null).then(() => {
    if (count(pattern) < times) throw new Error(`the dev server stopped:\n${log}`);
  });
  await printed(SEARCH_DONE, 1);
  const reloads: DevServer["reloads"] = [];
  const url = /Server at (http:\/\/[^\s/]+)\//.exec(log)![1]!;
  const socket = new WebSocket(url.replace("http", "ws"));
  socket.on("message", (data) => {
    if ((JSON.parse(String(data)) as { type: string }).type === "eleventy.reload") reloads.push({ at: Date.now(), seen: onReload() });
  });
  await new Promise((resolve) => socket.on("open", resolve));
  return {
    url,
    log: () => log,
    count,
    printed,
    reloads,
    stop() {
      socket.close();
      child.kill();
    },
  };
}
