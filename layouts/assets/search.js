// Start Pagefind's search UI on /search/. Kept in a file (no inline script) so a strict
// Content-Security-Policy can forbid inline scripts. ?q= searches at once; ?sort=date sorts newest first.
window.addEventListener("DOMContentLoaded", () => {
  const element = document.getElementById("search");
  if (!element || !window.PagefindUI) return;
  const params = new URLSearchParams(window.location.search);
  const sortByDate = params.get("sort") === "date";
  const ui = new window.PagefindUI({
    element: "#search",
    bundlePath: element.dataset.bundlePath,
    // Pagefind stores result URLs from the site root; under a path prefix they need it in front.
    baseUrl: element.dataset.baseUrl || "/",
    // A large archive's index comes in shards: every search runs over all of them.
    mergeIndex: (element.dataset.mergeBundles || "").split(" ").filter(Boolean).map((bundlePath) => ({ bundlePath })),
    showSubResults: false,
    showImages: false,
    sort: sortByDate ? { date: "desc" } : undefined,
    translations: { placeholder: "Search the reports" },
    processResult: excerptFromText(element.dataset),
  });
  for (const link of document.querySelectorAll("[data-sort]")) {
    const current = (link.dataset.sort === "date") === sortByDate;
    if (current) link.setAttribute("aria-current", "true");
  }
  const query = params.get("q");
  if (query) ui.triggerSearch(query);
});

/** Words an excerpt shows. */
const EXCERPT_WORDS = 30;

/**
 * A report's search text ends with its entities' names (every spelling, after data-names-mark), so
 * a search for any spelling finds it. Its excerpt must still come from the report's own text: when
 * Pagefind matched in the names, the excerpt is made here around where the text names that entity.
 */
function excerptFromText({ namesMark, spellingSeparator, entitySeparator }) {
  return (result) => {
    const words = result.content.split(/[^\S\uFEFF]+/);
    // The last: the mark closes the text, whatever the report itself wrote.
    const at = words.lastIndexOf(namesMark);
    if (at < 0 || result.locations.every((l) => l < at)) return result;
    const text = words.slice(0, at);
    let marked = result.locations.filter((l) => l < at);
    if (marked.length === 0) marked = mentions(text, matchedSpellings(words, at, result.locations, spellingSeparator.trim(), entitySeparator.trim()));
    return { ...result, excerpt: excerpt(text, new Set(marked)) };
  };
}

/** Every spelling (as folded words) of each entity whose name or alias the search matched in the names. */
function matchedSpellings(words, at, locations, spellingSeparator, entitySeparator) {
  const groups = [[[]]];
  const groupAt = [];
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i];
    if (word === entitySeparator) groups.push([[]]);
    else if (word === spellingSeparator) groups.at(-1).push([]);
    else groups.at(-1).at(-1).push(fold(word));
    groupAt[i] = groups.length - 1;
  }
  const hit = new Set(locations.filter((l) => l > at).map((l) => groupAt[l]));
  return [...hit].flatMap((g) => groups[g]).filter((spelling) => spelling.length > 0);
}

/** Where the text names one of the spellings: the positions of its words. */
function mentions(text, spellings) {
  const folded = text.map(fold);
  const found = [];
  for (let i = 0; i < folded.length; i++) {
    for (const spelling of spellings) {
      if (spelling.every((word, k) => sameWord(folded[i + k], word))) for (let k = 0; k < spelling.length; k++) found.push(i + k);
    }
  }
  return found;
}

/** Case, accents and punctuation aside; a leading Arabic article aside too, as the gazetteer's matching does. */
function fold(word) {
  return word.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\p{L}\p{N}]+/gu, "");
}
function sameWord(a, b) {
  if (a === undefined) return false;
  const bare = (w) => w.replace(/^(?:al|el)(?=\p{L}{3})/u, "");
  return a === b || bare(a) === bare(b);
}

/** About EXCERPT_WORDS words of the text around the first marked word, escaped, marked words in <mark>. */
function excerpt(text, marked) {
  const first = marked.size > 0 ? Math.min(...marked) : 0;
  const start = Math.max(0, Math.min(first - 8, text.length - EXCERPT_WORDS));
  const end = Math.min(text.length, start + EXCERPT_WORDS);
  const shown = text.slice(start, end).map((word, i) => (marked.has(start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)));
  return `${start > 0 ? "… " : ""}${shown.join(" ")}${end < text.length ? " …" : ""}`;
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
