#!/usr/bin/env node
// The `dateline` command. Node 20 cannot load TypeScript, so register tsx's loader first; it also
// loads the .11ty.tsx page templates Eleventy imports during the build.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// tsx reads tsconfig.json from the working folder unless told otherwise; without the project's
// ("jsx": "react-jsx" with jsx-async-runtime) the templates fail with "React is not defined" when
// the command runs from another folder. So point it at the tsconfig.json beside this package.
register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
