// Browser tests (npm run test:browser): headless Debian chromium against the built _site/.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    execArgv: ["--import", "tsx"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
