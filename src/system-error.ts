// A failed file-system call in the user's words: its code (EACCES), the system's reason
// ("permission denied") and the path, dug out of the wrappers Eleventy puts around it.
import { getSystemErrorMap } from "node:util";

export interface SystemError {
  code: string;
  reason: string;
  path?: string;
}

const REASONS = new Map([...getSystemErrorMap().values()]);

/** The file-system error in `error` or what it wraps (`cause`, Eleventy's `originalError`); null for any other error. */
export function findSystemError(error: unknown): SystemError | null {
  let current = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth++) {
    const { code, syscall, path } = current as NodeJS.ErrnoException;
    if (typeof code === "string" && /^E[A-Z0-9]+$/.test(code) && syscall) {
      const found: SystemError = { code, reason: REASONS.get(code) ?? code };
      if (path) found.path = path;
      return found;
    }
    const wrapper = current as { cause?: unknown; originalError?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return null;
}
