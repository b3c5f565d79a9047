#!/usr/bin/env node
// The `dateline` command. Node 20 cannot load TypeScript, so register tsx's loader first; it also
// loads the .11ty.tsx page templates Eleventy imports during the build.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
