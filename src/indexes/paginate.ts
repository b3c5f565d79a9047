// Split a long list into numbered pages at stable URLs: page 1 at the base URL, page n at
// <base>page/n/. One function for every paged list (entity timelines, and later date pages).

export interface Paged<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  url: string;
  /** Every page's URL, in order, for the page links. */
  urls: string[];
  previous: string | null;
  next: string | null;
}

export const PAGE_SIZE = 50;

export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

export function paginate<T>(items: readonly T[], base: string, size: number = PAGE_SIZE): Paged<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const urls = Array.from({ length: count }, (_, i) => pageUrl(base, i + 1));
  return urls.map((url, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    url,
    urls,
    previous: i > 0 ? urls[i - 1]! : null,
    next: i + 1 < count ? urls[i + 1]! : null,
  }));
}
