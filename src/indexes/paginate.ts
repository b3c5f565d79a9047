// Split a long list into numbered pages at stable URLs: page 1 at the base URL, page n at
// <base>page/n/. One function for every paged list (entity timelines and date pages).
import { pageUrl } from "../routes.ts";

export interface PageLink {
  number: number;
  url: string;
}

export interface Paged<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** The 1-based place of this page's first item in the whole list (an ordered list's start). */
  first: number;
  count: number;
  url: string;
  /**
   * The page links to show: the first and last page and a few around this one, in order; null
   * marks a gap. A window, not every page: a timeline of 2,000 pages would otherwise link every
   * page from every page (quadratic in size and in render time).
   */
  links: (PageLink | null)[];
  previous: string | null;
  next: string | null;
}

/** Pages shown on each side of the current one. */
const AROUND = 2;

/** `items` in pages of `size` (the settings file's pageSize). */
export function paginate<T>(items: readonly T[], base: string, size: number): Paged<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    first: i * size + 1,
    count,
    url: pageUrl(base, i + 1),
    links: pageWindow(base, i + 1, count),
    previous: i > 0 ? pageUrl(base, i) : null,
    next: i + 1 < count ? pageUrl(base, i + 2) : null,
  }));
}

/** 1 … 4 5 [6] 7 8 … 20: a gap is marked only where it hides two pages or more; one hidden page is shown instead. */
export function pageWindow(base: string, number: number, count: number): (PageLink | null)[] {
  const wanted = new Set([1, count]);
  for (let n = Math.max(1, number - AROUND); n <= Math.min(count, number + AROUND); n++) wanted.add(n);
  const links: (PageLink | null)[] = [];
  let previous = 0;
  for (const n of [...wanted].sort((a, b) => a - b)) {
    if (n - previous === 2) links.push({ number: n - 1, url: pageUrl(base, n - 1) });
    else if (n - previous > 2) links.push(null);
    links.push({ number: n, url: pageUrl(base, n) });
    previous = n;
  }
  return links;
}
