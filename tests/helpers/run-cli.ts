// Run the `dateline` command as editors do (the same bin `npm run build` runs), in a working folder.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

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
