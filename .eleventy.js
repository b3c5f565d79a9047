// The front door for `npx @11ty/eleventy`, which finds this file (Eleventy 3 never looks for
// .eleventy.ts). `--serve` starts the dev server of .eleventy.ts, as `npm start` does (loaded
// through tsx, since Node 20 cannot load TypeScript itself). A plain build stops with one line:
// Dateline's build reads and checks the content before Eleventy renders it (`npm run build`), and
// Eleventy on its own would take the whole repository, test fixtures and all, as templates.
const serving = process.argv.some((arg) => arg === "--serve" || arg === "--watch" || arg.startsWith("--serve=") || arg.startsWith("--watch="));
if (!serving) {
  process.stderr.write("dateline: build the site with `npm run build` (or serve it while you edit with `npm start`); Eleventy renders inside those.\n");
  process.exit(2);
}
const { register } = await import("tsx/esm/api");
register();
const { default: devServer } = await import("./.eleventy.ts");
export default devServer;
