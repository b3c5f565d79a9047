// The attributes a report page gives Pagefind for an entity filter, so that the name reaches the
// search page's filter list as text, whatever it contains.

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Pagefind UI (the Default UI bundled with pagefind 1.6) inserts filter values into the page as
 * HTML (Svelte's {@html}: innerHTML), so a name such as `<img src=x onerror=...>` would run there.
 * Between the page and that innerHTML, a value is decoded twice: once by the HTML parser (undoing
 * the template's own escaping), and once more by Pagefind's indexer, which decodes character
 * references in filter values (the page's `&amp;amp;lt;` is stored as `&lt;`). So the name is
 * escaped twice here: Pagefind's decoding undoes one, the UI's innerHTML the other, and the name
 * is shown as the text it is. Tested in tests/browser/search.test.ts; if Pagefind ever stops
 * decoding, names with & < > show with their codes (visible, harmless) and that test fails.
 * The gazetteer already refuses markup in names (entity-not-plain-text): this is the second wall.
 */
export function pagefindFilterValue(name: string): string {
  return escapeHtml(escapeHtml(name));
}

/**
 * `data-pagefind-filter` for an entity link whose text is the name. A name without & < > is
 * the same text after any decoding, so the link's own text is the value, at no cost in bytes.
 * Any other name is given, escaped, in an attribute Pagefind reads instead (`kind[attribute]`).
 */
export function entityFilterAttributes(kind: string, name: string): Record<string, string> {
  const value = pagefindFilterValue(name);
  return value === name ? { "data-pagefind-filter": kind } : { "data-pagefind-filter": `${kind}[data-filter-value]`, "data-filter-value": value };
}
