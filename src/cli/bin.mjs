#!/usr/bin/env node
// The `dateline` command. Node 20 cannot load TypeScript, so register tsx's loader first; it also
// loads the .11ty.tsx page templates Eleventy imports during the build.
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { register } from "tsx/esm/api";

// tsx reads tsconfig.json from the working folder unless told otherwise; without the project's
// ("jsx": "react-jsx" with jsx-async-runtime) the templates fail with "React is not defined" when
// the command runs from another folder. So point it at the tsconfig.json beside this package.
register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
// The archive held in memory grows with the reports (about 7 KB each: 700 MB at 100,000), and V8
// lets garbage grow to up to 4 times what is live before it collects. Growing by a fixed 30%
// instead keeps a large build within bounds (measured: see the README's figures). Read by V8 at
// every collection, so it takes effect here, before the build allocates.
v8.setFlagsFromString("--heap-growing-percent=30");
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
