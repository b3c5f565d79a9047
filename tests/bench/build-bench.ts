// Benchmark: build a generated archive of N reports and print wall time, pages and peak memory.
// Run: npm run bench -- 10000   (not part of npm test: timings belong in a benchmark, not a test)
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { buildSite } from "../../src/pipeline.ts";
import { makeSiteOptions } from "../../src/site/site-options.ts";
import { tempDir } from "../helpers/temp-content.ts";
import { generateReports } from "./generate-reports.ts";

const count = Number(process.argv[2] ?? 10_000);
const root = tempDir("bench");
const content = path.join(root, "content");
let generated = performance.now();
generateReports(content, count);
cpSync("content/entities", path.join(content, "entities"), { recursive: true });
generated = performance.now() - generated;

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const started = performance.now();
const result = await buildSite({ contentDir: content, outDir: path.join(root, "_site"), site: makeSiteOptions({}) });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);

if (!result.ok) throw new Error(`benchmark content failed to build: ${result.diagnostics[0]?.message}`);
console.log(
  `${count} reports (generated in ${(generated / 1000).toFixed(1)} s): built ${result.pageCount} pages in ${seconds.toFixed(2)} s, ` +
    `${Math.round(count / seconds)} reports/s, peak RSS ${Math.round(peak / 2 ** 20)} MiB`,
);
rmSync(root, { recursive: true, force: true });
