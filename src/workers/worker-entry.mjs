// A worker thread's entry: like the CLI's bin.mjs, register tsx (with the project's tsconfig.json,
// for the templates' JSX) before loading the TypeScript task module.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
await import("./shard-tasks.ts");
