// One build at a time per output folder: a lock file in the store, created only if absent
// (O_EXCL), holding the builder's pid and host. A live holder makes a second build fail at once;
// the lock of a build that was killed (its pid is gone) is taken over.
import { hostname } from "node:os";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OutputBusy } from "./output-errors.ts";

interface Holder {
  pid: number;
  host: string;
}

/** Take the lock of `store` for the build of `outShown`; returns the function that releases it. */
export function acquireLock(store: string, outShown: string): () => void {
  const file = path.join(store, "lock");
  const mine = `${JSON.stringify({ pid: process.pid, host: hostname() })}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, mine, { flag: "wx" });
      return () => {
        // Only our own lock: never one a later build took over.
        if (readText(file) === mine) unlinkSync(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const text = readText(file);
    if (text === null) continue; // released meanwhile: try again
    const holder = parseHolder(text);
    if (!holder || isAlive(holder)) throw new OutputBusy(outShown, holder ? String(holder.pid) : "unknown", file);
    // Stale. Read it once more right before removing it, so that a lock another build has just
    // taken over is left alone (a window of microseconds remains between the two calls).
    if (readText(file) === text) unlinkSync(file);
  }
  throw new OutputBusy(outShown, "unknown", file);
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    return typeof value.pid === "number" && typeof value.host === "string" ? { pid: value.pid, host: value.host } : null;
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  // A pid means nothing on another machine sharing the folder: count that build as running.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
