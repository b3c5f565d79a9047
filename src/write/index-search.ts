// Build the Pagefind search index into the staged site, before it is published. Pagefind reads
// the built HTML: only report pages (marked data-pagefind-body) are indexed, with their filters.
import path from "node:path";
import * as pagefind from "pagefind";

export async function indexSearch(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
