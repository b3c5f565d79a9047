// The benchmark's dev-server figure: start `npm start`'s server on the generated reports, edit
// reports one at a time, and time what an editor waits for: the browser told to reload (the
// edited page is rewritten by then: tests/cli/dev-server.test.ts checks it) and the rest of the
// site and search brought up to date in the background.
import { SEARCH_DONE, startDevServer, until } from "../helpers/dev-server.ts";

export interface DevEdit {
  /** Seconds from the save to the first live-reload message. */
  shown: number;
  /** Seconds from the save until search was up to date again. */
  settled: number;
}

/** `cwd` holds content/; `edit(k)` saves the k-th edit and returns the file's name. */
export async function devServerEdits(cwd: string, edits: number, edit: (k: number) => string): Promise<DevEdit[]> {
  process.stdout.write("dev server: starting, first build and search index ... ");
  const started = Date.now();
  const server = await startDevServer(cwd);
  console.log(`${((Date.now() - started) / 1000).toFixed(2)} s`);
  const results: DevEdit[] = [];
  try {
    for (let k = 0; k < edits; k++) {
      const searches = server.count(SEARCH_DONE);
      const reloads = server.reloads.length;
      const saved = Date.now();
      const file = edit(k);
      await until(() => server.reloads.length > reloads);
      const shown = (server.reloads[reloads]!.at - saved) / 1000;
      await server.printed(SEARCH_DONE, searches + 1);
      const settled = (Date.now() - saved) / 1000;
      console.log(`dev edit ${k + 1}/${edits}: ${file}, reload after ${shown.toFixed(2)} s, search up to date after ${settled.toFixed(2)} s`);
      results.push({ shown, settled });
    }
  } finally {
    server.stop();
  }
  return results;
}
