// Run the `dateline` command as editors do (the same bin `npm run build` runs), in a working folder.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { main, type Output } from "../../src/cli/main.ts";

const run = promisify(execFile);
export const BIN = path.resolve("src/cli/bin.mjs");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function datelineIn(cwd: string, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliRun;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export const dateline = (...args: string[]) => datelineIn(process.cwd(), ...args);

/**
 * The same command run in the test's own process (main, which bin.mjs calls), for runs that stop
 * before they build (usage problems, a bad settings file): starting a child process with its
 * TypeScript loader costs most of such a run's time. Paths given should be absolute.
 */
export async function datelineHere(...args: string[]): Promise<CliRun> {
  const text = { stdout: "", stderr: "" };
  const stream = (key: keyof typeof text): Output => ({ write: (chunk: string) => (text[key] += chunk) });
  const code = await main(args, stream("stdout"), stream("stderr"));
  return { code, ...text };
}
