// Why the output folder was not written, as errors the CLI turns into one line and an exit code:
// a refusal is a usage problem (exit 2), a busy folder or a failed write is not (exit 1).
import type { SystemError } from "../system-error.ts";

/** --out names something Dateline must not replace (the content, a folder it did not build ...). Exit 2. */
export class OutputRefused extends Error {}

/** Another build holds the output folder's lock. Exit 1: wait and build again. */
export class OutputBusy extends Error {
  constructor(
    readonly outDir: string,
    readonly pid: string,
    readonly lockFile: string,
  ) {
    super(`${outDir} is being built by another dateline process (pid ${pid}); wait for it to finish, then build again. If no build is running, delete ${lockFile}.`);
  }
}

/** The file system refused a write (full disk, read-only, permissions, busy). Exit 1; --out is as it was. */
export class OutputWriteFailed extends Error {
  constructor(
    readonly folder: string,
    readonly outDir: string,
    readonly error: SystemError,
  ) {
    super(`cannot write ${folder}: ${error.reason} (${error.code}); ${outDir} was left as it was.`);
  }
}
