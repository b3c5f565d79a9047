// Read the lines below a wire story, from the last one up: sign-offs, reporting credits, source
// lines, "Continue reading" and tag lists. They are set aside with their rule (shown with
// --verbose), and the byline, agencies and site they name are kept.
import type { RemovedLine } from "../types.ts";
import { knownAgency, normalizeAgency } from "./agencies.ts";
import { parseClosingByline, type Byline } from "./parse-byline.ts";
import { parseDateLine, type DateLineParts } from "./parse-date-line.ts";
import type { Paragraph } from "./split-paragraphs.ts";

export interface Footer {
  byline: Byline | null;
  /** A date the footer gives ("was first published April 26, 2023"), with its paragraph. */
  dateLine: (Paragraph & { parts: DateLineParts }) | null;
  agencies: string[];
  publisher: string | null;
  removed: RemovedLine[];
}

type Found = { byline?: Byline; agencies?: string[]; publisher?: string; date?: DateLineParts };

/** The footer rules, tried on the last paragraphs in turn: each is data, an id and a reader. */
const FOOTER_RULES: readonly { id: string; read: (text: string) => Found | null }[] = [
  // "Source: Al Jazeera, News Agencies", "SOURCE: DW and agencies", "Source: Xinhua".
  { id: "source-footer", read: (t) => named(/^sources?\s*:\s*(?<name>.+)$/i.exec(t)?.groups?.name) },
  // DW's initials with the agencies: "lo/wd (AFP, Reuters, dpa)".
  {
    id: "source-initials",
    read: (t) => {
      const list = /^[a-z]{1,4}(?:\/[a-z]{1,4})+\s*\((?<list>[^()]{2,80})\)$/i.exec(t)?.groups?.list;
      return list ? { agencies: list.split(/\s*,\s*/).flatMap((a) => knownAgency(a) ?? []) } : null;
    },
  },
  // The Canadian Press: "This report by The Canadian Press was first published April 26, 2023."
  {
    id: "first-published",
    read: (t) => {
      const groups = /^this (?:report|story|article) by (?<name>.+?) was first published (?:on )?(?<date>.+?)\.?$/i.exec(t)?.groups;
      const date = groups ? parseDateLine(groups.date!) : null;
      return groups && date ? { ...named(groups.name), date } : null;
    },
  },
  // "Associated Press writer Aylin Kaya in Ankara contributed to this report."
  { id: "contributors", read: (t) => (/^(?:(?:the )?associated press|ap|reuters|afp)\s+(?:writers?|reporters?|correspondents?|journalists?|staff)\b.{1,200}\bcontributed(?: to this (?:report|story))?\.?$/i.test(t) ? {} : null) },
  { id: "compiled-by", read: (t) => (/^compiled by [\p{L} .'’-]{2,80}$/iu.test(t) ? {} : null) },
  { id: "continue-reading", read: (t) => named(/^continue reading (?:on|at) (?<name>.+?)\s*[»>]*$/i.exec(t)?.groups?.name) },
  { id: "keep-up", read: (t) => (/^(?:keep up with|follow) .{0,120}https?:\/\/\S+$/i.test(t) ? {} : null) },
  { id: "share-subscribe", read: (t) => (/^(?:share this (?:article|story)|subscribe to our newsletter|sign up for our newsletter|follow us on [\p{L} ]{2,30})\.?$/iu.test(t) ? {} : null) },
  { id: "kyodo-signature", read: (t) => (/^==\s*kyodo\s*$/i.test(t) ? { agencies: ["Kyodo News"] } : null) },
  {
    id: "sign-off",
    read: (t) => {
      const byline = parseClosingByline(t);
      return byline ? { byline, agencies: byline.organization && knownAgency(byline.organization) ? [knownAgency(byline.organization)!] : /^\((?:reporting|writing) by/i.test(t) ? ["Reuters"] : [] } : null;
    },
  },
];

/** "Al Jazeera, News Agencies" -> Al Jazeera; a known agency by its canonical name, else the site. */
function named(text: string | undefined): Found | null {
  if (!text) return null;
  const first = text.split(/\s*,\s*|\s+and\s+/i)[0]!.trim();
  if (first === "" || /^(?:news )?agencies$/i.test(first)) return {};
  const agency = knownAgency(first);
  return agency ? { agencies: [agency] } : { publisher: normalizeAgency(first) };
}

/** How many lines from the end a footer may reach (tags, share buttons and credits together). */
const REACH = 12;

/** Removes the footer's paragraphs from `body` (in place) and returns what they name. */
export function readFooter(body: Paragraph[]): Footer {
  const footer: Footer = { byline: null, dateLine: null, agencies: [], publisher: null, removed: [] };
  const tags = tagsAt(body);
  for (let reached = 0; body.length > 1 && reached < REACH; reached++) {
    const last = body.at(-1)!;
    const index = body.length - 1;
    const rule = index >= tags ? { id: "tags", found: {} as Found } : footerRule(last.text);
    if (!rule) break;
    body.pop();
    footer.removed.push({ line: last.line, rule: rule.id, text: last.text });
    // Read bottom up: the line nearest the story wins.
    if (rule.found.byline) footer.byline = rule.found.byline;
    if (rule.found.publisher) footer.publisher = rule.found.publisher;
    if (rule.found.date) footer.dateLine = { ...last, parts: rule.found.date };
    footer.agencies = [...(rule.found.agencies ?? []).filter((a) => !footer.agencies.includes(a)), ...footer.agencies];
  }
  footer.removed.reverse();
  return footer;
}

function footerRule(text: string): { id: string; found: Found } | null {
  for (const rule of FOOTER_RULES) {
    const found = rule.read(text.trim());
    if (found) return { id: rule.id, found };
  }
  return null;
}

/** A "Tags" line near the end followed only by short lines (the tags, share buttons): where they start. */
function tagsAt(body: readonly Paragraph[]): number {
  for (let i = Math.max(1, body.length - REACH); i < body.length; i++) {
    if (/^tags:?$/i.test(body[i]!.text.trim()) && body.slice(i + 1).every((p) => p.text.split(/\s+/).length <= 6)) return i;
  }
  return body.length;
}
