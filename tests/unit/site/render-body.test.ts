// renderBody with the link stage's mentions: exact HTML for wire text and markdown, the dateline first, and links that only ever add <a> tags.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createLinker, type LinkPolicy } from "../../../src/entities/link-articles.ts";
import { renderBody } from "../../../src/site/render-body.ts";
import type { ArticleRecord, Dateline } from "../../../src/types.ts";
import { article, realGazetteer } from "../entities/records.ts";

const { entities } = realGazetteer();
const urls = new Map(entities.map((e) => [e.id, e.url]));
const hrefOf = (id: string) => `/news${urls.get(id)!}`;
const A = (url: string, text: string) => `<a href="/news${url}" class="entity">${text}</a>`;

type Format = ArticleRecord["format"];
const BEIRUT: Dateline = { text: "BEIRUT (AP)", place: "BEIRUT", region: null };

function record(format: Format, paragraphs: string[], dateline: Dateline | null = null): ArticleRecord {
  return article("r", "2017-10-21T10:00:00.000Z", { headline: "Report", format, paragraphs, dateline });
}

/** The link stage for the seed gazetteer, per policy: its matcher is built once, not per run of a property. */
const linkers = { first: createLinker(entities, "first"), all: createLinker(entities, "all") };
const link = (body: ArticleRecord, policy: LinkPolicy) => linkers[policy](body, []);

/** The body as the page renders it: mentions from the link stage, linked by the policy. */
function withLinks(body: ArticleRecord, policy: LinkPolicy = "first"): string {
  return renderBody(body, { mentions: link(body, policy).mentions, hrefOf });
}

describe("renderBody with entity links", () => {
  test.each<[string, Format, string[], Dateline | null, string]>([
    [
      "first mention per entity, in the body",
      "text",
      ["Syrian troops entered Palmyra on Sunday.", "Palmyra and Homs were quiet."],
      null,
      `<p>${A("/organizations/syrian-army/", "Syrian troops")} entered ${A("/places/palmyra/", "Palmyra")} on Sunday.</p>\n` +
        `<p>Palmyra and ${A("/places/homs/", "Homs")} were quiet.</p>\n`,
    ],
    [
      "the dateline span comes first, before the first link",
      "text",
      ["Syrian troops entered Palmyra on Sunday."],
      BEIRUT,
      `<p><span class="dateline">BEIRUT (AP) —</span> ${A("/organizations/syrian-army/", "Syrian troops")} entered ${A("/places/palmyra/", "Palmyra")} on Sunday.</p>\n`,
    ],
    [
      "text: markup is printed as written and escaped; links inside it",
      "text",
      ["IS fled *Palmyra* & <b>Raqqa’s</b> outskirts."],
      null,
      `<p>${A("/organizations/islamic-state/", "IS")} fled *${A("/places/palmyra/", "Palmyra")}* &amp; &lt;b&gt;${A("/places/raqqa/", "Raqqa")}’s&lt;/b&gt; outskirts.</p>\n`,
    ],
    [
      "markdown: inside emphasis is linked; split by emphasis is not",
      "markdown",
      ["*Bashar* Assad said **Raqqa** would fall."],
      null,
      `<p><em>Bashar</em> Assad said <strong>${A("/places/raqqa/", "Raqqa")}</strong> would fall.</p>\n`,
    ],
    [
      "markdown: a mention inside an existing link is not linked",
      "markdown",
      ["[Palmyra](https://example.org/) fell, and Homs too."],
      null,
      `<p><a href="https://example.org/">Palmyra</a> fell, and ${A("/places/homs/", "Homs")} too.</p>\n`,
    ],
    [
      "markdown: list items and a quote are separate runs",
      "markdown",
      ["- Raqqa\n- Homs and Aleppo", "> Damascus, the SDF said."],
      null,
      `<ul>\n<li>${A("/places/raqqa/", "Raqqa")}</li>\n<li>${A("/places/homs/", "Homs")} and ${A("/places/aleppo/", "Aleppo")}</li>\n</ul>\n` +
        `<blockquote>\n<p>${A("/places/damascus/", "Damascus")}, the ${A("/organizations/syrian-democratic-forces/", "SDF")} said.</p>\n</blockquote>\n`,
    ],
    [
      "markdown: the dateline opens the first paragraph",
      "markdown",
      ["Palmyra fell.", "Homs too."],
      BEIRUT,
      `<p><span class="dateline">BEIRUT (AP) —</span> ${A("/places/palmyra/", "Palmyra")} fell.</p>\n<p>${A("/places/homs/", "Homs")} too.</p>\n`,
    ],
    [
      "markdown: entities and escapes resolved before matching",
      "markdown",
      ["Palmyra\\'s &amp; Homs"],
      null,
      `<p>${A("/places/palmyra/", "Palmyra")}'s &amp; ${A("/places/homs/", "Homs")}</p>\n`,
    ],
    [
      // A markdown report keeps its line breaks; a name broken across one is two text tokens with a
      // soft break between, so it stays text (as a name split by emphasis does).
      "markdown: a name across a soft line break is not linked",
      "markdown",
      ["Bashar\nAssad said Homs fell."],
      null,
      `<p>Bashar\nAssad said ${A("/places/homs/", "Homs")} fell.</p>\n`,
    ],
  ])("%s (%s %j, dateline %j)", (_name, format, paragraphs, dateline, html) => {
    expect(withLinks(record(format, paragraphs, dateline))).toBe(html);
  });

  test("policy all links every body mention", () => {
    expect(withLinks(record("text", ["Palmyra fell.", "Palmyra and Homs were quiet."]), "all")).toBe(
      `<p>${A("/places/palmyra/", "Palmyra")} fell.</p>\n<p>${A("/places/palmyra/", "Palmyra")} and ${A("/places/homs/", "Homs")} were quiet.</p>\n`,
    );
  });

  test("without links, the body is rendered as written", () => {
    expect(renderBody(record("text", ["Palmyra fell."], BEIRUT))).toBe('<p><span class="dateline">BEIRUT (AP) —</span> Palmyra fell.</p>\n');
  });

  // Under "first", the first mention the page can link is linked: one inside an existing link or a
  // code span, or split by emphasis or a line break, is skipped for the next (once a bug: the
  // link stage marked the unlinkable one, and the page never linked the entity at all).
  test.each<[string, string, string]>([
    [
      "[Palmyra](https://example.org/) fell. Palmyra is old.",
      "palmyra",
      `<p><a href="https://example.org/">Palmyra</a> fell. ${A("/places/palmyra/", "Palmyra")} is old.</p>\n`,
    ],
    ["In `Aleppo` and Aleppo.", "aleppo", `<p>In <code>Aleppo</code> and ${A("/places/aleppo/", "Aleppo")}.</p>\n`],
    ["*Bashar* Assad met Assad.", "bashar-assad", `<p><em>Bashar</em> Assad met ${A("/people/bashar-assad/", "Assad")}.</p>\n`],
    ["Bashar\nAssad met Assad.", "bashar-assad", `<p>Bashar\nAssad met ${A("/people/bashar-assad/", "Assad")}.</p>\n`],
  ])("markdown %j links %s at its first linkable mention", (paragraph, _id, html) => {
    expect(withLinks(record("markdown", [paragraph]))).toBe(html);
  });
});

/** Remove exactly the links the entity rule adds, keeping their text. */
const unlink = (html: string) => html.replace(/<a href="[^"<>]*" class="entity">([^<]*)<\/a>/g, "$1");
const unescape = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

const NAMES = entities.flatMap((e) => [e.name, ...e.aliases]);
const WORDS = ["is", "us", "said", "the", "IS", "US", "U.S.", "Al", "al-", "el", "province", "TV", "group", "'s", "’s", "fell", "jordan", "trump"];
const MARKUP = ["*", "**", "_", "`", "[", "](https://example.org/)", "\\", "&amp;", "&", "<b>", "#", "> ", "- ", "1. ", "  \n", "\n"];
const GLUE = [" ", " ", " ", "", "-", "—", "\n", "’", ". "];

const builtText = fc
  .array(fc.tuple(fc.constantFrom(...NAMES, ...WORDS, ...MARKUP), fc.constantFrom(...GLUE)), { maxLength: 25 })
  .map((parts) => parts.map(([word, glue]) => word + glue).join(""));
const anyText = fc.oneof(builtText, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }));
const paragraphs = fc.array(anyText, { minLength: 1, maxLength: 4 });
const dateline = fc.option(fc.constant(BEIRUT), { nil: null });

describe("renderBody: links only add <a> tags (property)", () => {
  test.each<[Format, LinkPolicy]>([
    ["text", "first"],
    ["text", "all"],
    ["markdown", "first"],
    ["markdown", "all"],
  ])("%s, policy %s: removing the entity links gives the body rendered without links", (format, policy) => {
    fc.assert(
      fc.property(paragraphs, dateline, (texts, line) => {
        const body = record(format, texts, line);
        const linked = link(body, policy);
        const html = renderBody(body, { mentions: linked!.mentions, hrefOf });
        expect(unlink(html)).toBe(renderBody(body));
        // Every link is to a linked mention's entity, around that mention's text.
        const wanted = new Set(linked!.mentions.filter((m) => m.linked).map((m) => `${hrefOf(m.entity)}\u0000${m.text}`));
        for (const [, href, text] of html.matchAll(/<a href="([^"<>]*)" class="entity">([^<]*)<\/a>/g)) {
          expect(wanted.has(`${unescape(href!)}\u0000${unescape(text!)}`)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  // Wire text the parse stage would produce (no blank lines, no leading space): then nothing gets
  // in the way, and every mention the link stage marks is linked on the page.
  const plainWords = fc
    .array(fc.tuple(fc.constantFrom(...NAMES, ...WORDS), fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 25 })
    .map((parts) => parts.map(([word, glue]) => word + glue).join(""));

  test.each<LinkPolicy>(["first", "all"])("text, policy %s: every linked mention becomes exactly one link", (policy) => {
    fc.assert(
      fc.property(fc.array(plainWords, { minLength: 1, maxLength: 3 }), dateline, (texts, line) => {
        const body = record("text", texts, line);
        const linked = link(body, policy);
        const html = renderBody(body, { mentions: linked!.mentions, hrefOf });
        const links = [...html.matchAll(/<a href="([^"<>]*)" class="entity">([^<]*)<\/a>/g)].map(([, href, text]) => [unescape(href!), unescape(text!)]);
        expect(links).toEqual(linked!.mentions.filter((m) => m.linked).map((m) => [hrefOf(m.entity), m.text]));
      }),
      { numRuns: 150 },
    );
  });
});
