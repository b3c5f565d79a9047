// Vitest setup: workers load TypeScript (templates and config) through tsx, like the CLI does.
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Templates imported by the render stage go through Vite's transform: compile their JSX as the
  // build does (tsx, production runtime). The dev runtime's jsxDEV passes children in a way that
  // makes jsx-async-runtime close void elements (<meta></meta>).
  oxc: { jsx: { runtime: "automatic", importSource: "jsx-async-runtime", development: false } },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**"],
    // Eleventy imports .11ty.tsx templates at run time; Node 20 needs tsx's loader for that.
    execArgv: ["--import", "tsx"],
    // The whole builds that read-only tests share, made once per run (tests/helpers/shared-build-specs.ts).
    globalSetup: ["tests/setup/shared-builds.ts"],
    // Whole-build tests build in beforeAll: on a loaded 2-core machine a build can take several
    // seconds, so hooks get the same deliberate limit as tests instead of vitest's 10 s default.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
