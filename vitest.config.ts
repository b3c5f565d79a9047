// Vitest setup: workers load TypeScript (templates and config) through tsx, like the CLI does.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**"],
    // Eleventy imports .11ty.tsx templates at run time; Node 20 needs tsx's loader for that.
    execArgv: ["--import", "tsx"],
    testTimeout: 30_000,
  },
});
