// What a report without a date or headline says nearby, for the problem's hint: a date in the
// file's name or in an address pasted with the text, a headline in that address's last part.
import { DateTime } from "luxon";
import type { Nearby } from "../diagnostics/catalog.ts";

const URL = /https?:\/\/\S+/;
const DATE_IN_NAME = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?:\D|$)/;
const DATE_IN_URL = /\/(\d{4})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/;

/** The first address in the text, with its line (1-based, counted from `firstLine`). */
function findUrl(text: string, firstLine: number): { url: string; line: number } | null {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => URL.test(line));
  return index < 0 ? null : { url: URL.exec(lines[index]!)![0], line: firstLine + index };
}

function realDate(match: RegExpExecArray | null): string | null {
  if (!match) return null;
  const date = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
  return date.isValid ? date.toISODate() : null;
}

export function nearbyDate(path: string, text: string, firstLine: number): Nearby | null {
  const name = path.split("/").at(-1) ?? path;
  const fromName = realDate(DATE_IN_NAME.exec(name));
  if (fromName) return { value: fromName, where: `The file name (${name})` };
  const found = findUrl(text, firstLine);
  const fromUrl = found ? realDate(DATE_IN_URL.exec(found.url)) : null;
  return found && fromUrl ? { value: fromUrl, where: `The address on line ${found.line}` } : null;
}

export function nearbyHeadline(text: string, firstLine: number): Nearby | null {
  const found = findUrl(text, firstLine);
  const slug = found?.url.replace(/[?#].*$/, "").replace(/\/+$/, "").split("/").at(-1)?.replace(/\.\w+$/, "") ?? "";
  const words = slug.split("-").filter((w) => /^[\p{L}\d]+$/u.test(w));
  if (!found || words.length < 3) return null;
  const headline = words.join(" ");
  return { value: headline[0]!.toUpperCase() + headline.slice(1), where: `The address on line ${found.line}` };
}
