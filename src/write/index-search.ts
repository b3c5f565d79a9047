// Build the Pagefind search index into the staged site, before it is published. Pagefind reads
// the built HTML: only report pages (marked data-pagefind-body) are indexed, with their filters.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

export async function indexSearch(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    // The files are written here, not by Pagefind's writeFiles: its binary panics on a full disk
    // and the promise never settles. Written by Node, a full disk is an ENOSPC the CLI reports.
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`Pagefind could not make its index: ${got.errors.join("; ")}`);
    for (const file of got.files) {
      const target = path.join(siteDir, "pagefind", file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
