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
  });
  for (const link of document.querySelectorAll("[data-sort]")) {
    const current = (link.dataset.sort === "date") === sortByDate;
    if (current) link.setAttribute("aria-current", "true");
  }
  const query = params.get("q");
  if (query) ui.triggerSearch(query);
});
