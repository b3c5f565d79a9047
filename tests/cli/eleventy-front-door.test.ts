// Issue 20, point 6: `npx @11ty/eleventy` in the project's root (what an Eleventy user types first)
// stops with one line naming the command to run; it never takes the repository, hostile test
// fixtures and all, as its input.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { tempDir } from "../helpers/temp-content.ts";

test("a plain `eleventy` build says which command builds the site, and writes nothing", () => {
  const output = path.join(tempDir("front-door"), "out");
  const run = spawnSync(process.execPath, ["node_modules/@11ty/eleventy/cmd.cjs", `--output=${output}`], { encoding: "utf8", timeout: 60_000 });
  expect(run.status).toBe(2);
  expect(run.stderr).toBe("dateline: build the site with `npm run build` (or serve it while you edit with `npm start`); Eleventy renders inside those.\n");
  expect(existsSync(output)).toBe(false);
});
