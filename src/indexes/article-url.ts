// Where an article lives: /YYYY/MM/DD/<slug>/, the date taken in the report's own zone.
import type { DateTime } from "luxon";

export function articleUrl(published: DateTime, slug: string): string {
  return `/${published.toFormat("yyyy/MM/dd")}/${slug}/`;
}
