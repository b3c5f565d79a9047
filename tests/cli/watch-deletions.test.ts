// The dev server's deletion watch (src/read/watch-deletions.ts) on its own: a deletion in the content
// folder touches the signal file, also for a file that was replaced by a rename first (sed -i) and
// in a folder made after the watch began.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { watchDeletions } from "../../src/read/watch-deletions.ts";
import { tempDir } from "../helpers/temp-content.ts";
import { until } from "../helpers/dev-server.ts";

let content: string;
let signal: string;
const signalled = () => readFileSync(signal, "utf8");

beforeAll(() => {
  content = tempDir("watch-deletions");
  mkdirSync(path.join(content, "reports"));
  writeFileSync(path.join(content, "reports/ferry.txt"), "Ferry crews return\n");
  writeFileSync(path.join(content, "reports/market.txt"), "Market reopens\n");
  signal = watchDeletions(content);
});

afterAll(() => {
  if (content) rmSync(content, { recursive: true, force: true });
});

test("a report replaced by sed -i, then deleted, is signalled", async () => {
  const file = path.join(content, "reports/ferry.txt");
  execFileSync("sed", ["-i", "s/Ferry/Boat/", file]);
  // A deletion of a file never replaced, for comparison: Node's recursive watch saw this one.
  rmSync(path.join(content, "reports/market.txt"));
  await until(() => signalled().includes("market.txt"));
  expect(signalled()).toMatch(/^\d+ reports\/market\.txt\n$/);
  rmSync(file);
  await until(() => signalled().includes("ferry.txt"));
  expect(signalled()).toMatch(/^\d+ reports\/ferry\.txt\n$/);
});

test("a deletion in a folder made after the watch began is signalled, and so is the folder's", async () => {
  mkdirSync(path.join(content, "reports/2018/03"), { recursive: true });
  // The new folders are watched once their parents' events are handled: until then a file made in
  // them would not be seen to go, so the test writes, and deletes, until it is.
  const file = path.join(content, "reports/2018/03/ferry.md");
  await until(() => {
    writeFileSync(file, "Ferry crews return\n");
    rmSync(file);
    return signalled().includes("2018/03/ferry.md");
  });
  rmSync(path.join(content, "reports/2018"), { recursive: true });
  await until(() => /reports\/2018\n$/.test(signalled()));
});
