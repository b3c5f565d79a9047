// The benchmark's yardstick: the same generated reports as a plain Eleventy 3.1.7 project, the way a
// small blog is set up: one markdown page per report (front matter title, date and permalink
// /YYYY/MM/DD/slug/), one Nunjucks layout (head, header, the content, footer), a plain JS config and
// Eleventy's defaults otherwise (markdown is pre-rendered with Liquid, as Eleventy does unless told
// not to). No home page, no date or entity pages, no feeds, no search: only the report pages.
// It runs with the repo's own Eleventy (node_modules/@11ty/eleventy/cmd.cjs), without tsx.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedReport } from "./generate-reports.ts";

export const ELEVENTY_CMD = fileURLToPath(new URL("../../node_modules/@11ty/eleventy/cmd.cjs", import.meta.url));

const CONFIG = `// Plain Eleventy: defaults, the layouts in src/_includes.
export default function () {
  return { dir: { input: "src", includes: "_includes", output: "_site" } };
}
`;

const LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} | Wire archive</title>
<meta name="description" content="{{ title }}">
<link rel="canonical" href="https://archive.example.org{{ page.url }}">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header class="site-header">
<a class="site-name" href="/">Wire archive</a>
<nav><a href="/archive/">Archive</a> <a href="/search/">Search</a></nav>
</header>
<main>
<article>
<h1>{{ title }}</h1>
<p class="meta"><time datetime="{{ page.date.toISOString() }}">{{ page.date.toUTCString() }}</time></p>
{{ content | safe }}
</article>
</main>
<footer class="site-footer"><p>A static archive of news wire reports.</p></footer>
</body>
</html>
`;

/** "Syria retake operations, report 3" -> "syria-retake-operations-report-3" (headlines are ASCII). */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export interface PlainProject {
  /** The project folder: run Eleventy with this as the working folder. */
  dir: string;
  /** Write one report's page. */
  add(report: GeneratedReport): void;
  /** The command that builds it into `outDir`: [program, args]. */
  command(outDir: string): [string, string[]];
}

/** Start a plain Eleventy project in `dir` (created); add reports one at a time. */
export function plainEleventyProject(dir: string): PlainProject {
  const src = path.join(dir, "src");
  mkdirSync(path.join(src, "_includes"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "plain-eleventy-bench", private: true, type: "module" }, null, 2)}\n`);
  writeFileSync(path.join(dir, "eleventy.config.js"), CONFIG);
  writeFileSync(path.join(src, "_includes", "report.njk"), LAYOUT);
  return {
    dir,
    add(report) {
      const { year, month, day } = report.day;
      const folder = `/${year}/${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}/${slug(report.headline)}/`;
      const frontMatter = [`title: ${JSON.stringify(report.headline)}`, `date: ${report.published}`, `permalink: ${folder}`, "layout: report.njk"];
      const name = `${report.fileName.replace(/\.\w+$/, "")}.md`;
      writeFileSync(path.join(src, name), `---\n${frontMatter.join("\n")}\n---\n${report.story.join("\n\n")}\n`);
    },
    command(outDir) {
      return [process.execPath, [ELEVENTY_CMD, "--config=eleventy.config.js", "--input=src", `--output=${outDir}`, "--quiet"]];
    },
  };
}
