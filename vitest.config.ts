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
    // Deliberate limits, the same for tests and hooks (whole builds run in beforeAll, and vitest's
    // default for hooks is 10 s). On this 2-core machine the longest hook, date-archive's build of
    // 500 pages, takes about 1 s, also under a load of 4; the slowest tests, the CLI's (up to three
    // node processes that each build), 1 to 3 s idle. 30 s leaves room for a machine many times
    // busier and still stops a hung build. Exceptions, each with its reason where it is set: the
    // Nu HTML checker's test (60 s: it starts a JVM), and the shared builds' child process (120 s,
    // tests/setup/shared-builds.ts: vitest puts no limit on a globalSetup).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, with the
    // other core idle while it imports and waits (npm test took 240-290 s so, 173 s with two). The
    // tests hold under that contention: none times itself, and the scaling checks count CPU time.
    maxWorkers: 2,
  },
});
