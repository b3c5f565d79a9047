// Browser tests (npm run test:browser): headless Debian chromium against the built _site/.
import { defineConfig } from "vitest/config";

export default defineConfig({
  // As in ../../vitest.config.ts: the render stage's templates compiled with the production JSX runtime.
  oxc: { jsx: { runtime: "automatic", importSource: "jsx-async-runtime", development: false } },
  test: {
    include: ["tests/browser/**/*.test.ts"],
    execArgv: ["--import", "tsx"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
