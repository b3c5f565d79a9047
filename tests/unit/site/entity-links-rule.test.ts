// The entity_links markdown-it rule on its own: which of the mentions it is given become links, and what it leaves alone.
import { describe, expect, test } from "vitest";
import { createMarkdown } from "../../../src/parse/markdown.ts";
import { entityLinksPlugin, type EntityLinkEnv } from "../../../src/site/entity-links-rule.ts";
import type { Mention } from "../../../src/types.ts";

const renderers = { text: createMarkdown("text").use(entityLinksPlugin), markdown: createMarkdown("markdown").use(entityLinksPlugin) };
const hrefOf = (id: string) => `/news/places/${id}/`;

/** A mention of `text` at `start` in segment `segment`, linked unless told otherwise. */
const at = (entity: string, text: string, segment: number, start: number, linked = true): Mention => ({
  entity,
  text,
  segment,
  start,
  end: start + text.length,
  linked,
});

const render = (format: "text" | "markdown", source: string, mentions: Mention[] | null) => {
  const env: EntityLinkEnv = mentions ? { entityLinks: { mentions, hrefOf } } : {};
  return renderers[format].render(source, env);
};

const A = (id: string, text: string) => `<a href="/news/places/${id}/" class="entity">${text}</a>`;

describe("entity_links rule", () => {
  test.each<[string, "text" | "markdown", string, Mention[] | null, string]>([
    ["no entityLinks in env: nothing changes", "markdown", "Palmyra and Homs.", null, "<p>Palmyra and Homs.</p>\n"],
    [
      "two mentions in one text token",
      "markdown",
      "Palmyra and Homs.",
      [at("palmyra", "Palmyra", 0, 0), at("homs", "Homs", 0, 12)],
      `<p>${A("palmyra", "Palmyra")} and ${A("homs", "Homs")}.</p>\n`,
    ],
    [
      "mentions given out of order",
      "markdown",
      "Homs and Palmyra.",
      [at("palmyra", "Palmyra", 0, 9), at("homs", "Homs", 0, 0)],
      `<p>${A("homs", "Homs")} and ${A("palmyra", "Palmyra")}.</p>\n`,
    ],
    [
      "unlinked mentions and headline mentions (segment -1) are left as text",
      "markdown",
      "Palmyra and Homs.",
      [at("palmyra", "Palmyra", -1, 0), at("homs", "Homs", 0, 12, false)],
      "<p>Palmyra and Homs.</p>\n",
    ],
    [
      "a mention whose text is not at its offsets is left as text",
      "markdown",
      "Palmyra and Homs.",
      [at("palmyra", "Palmira", 0, 0), at("homs", "Homs", 0, 11)],
      "<p>Palmyra and Homs.</p>\n",
    ],
    [
      "segments count inline runs: the second paragraph is segment 1",
      "markdown",
      "One.\n\nPalmyra.",
      [at("palmyra", "Palmyra", 1, 0)],
      `<p>One.</p>\n<p>${A("palmyra", "Palmyra")}.</p>\n`,
    ],
    [
      "inside emphasis, a whole text token: linked",
      "markdown",
      "*Palmyra* fell",
      [at("palmyra", "Palmyra", 0, 0)],
      `<p><em>${A("palmyra", "Palmyra")}</em> fell</p>\n`,
    ],
    [
      "split by emphasis: left as text",
      "markdown",
      "*Bashar* Assad said",
      [at("bashar-assad", "Bashar Assad", 0, 0)],
      "<p><em>Bashar</em> Assad said</p>\n",
    ],
    [
      "inside an existing link: left as text",
      "markdown",
      "[Palmyra](https://example.org/) fell",
      [at("palmyra", "Palmyra", 0, 0)],
      '<p><a href="https://example.org/">Palmyra</a> fell</p>\n',
    ],
    [
      "inside a code span: left as text; the one after it is linked",
      "markdown",
      "in `Homs` Homs",
      [at("homs", "Homs", 0, 3), at("homs", "Homs", 0, 8)],
      `<p>in <code>Homs</code> ${A("homs", "Homs")}</p>\n`,
    ],
    [
      "an image's alt text is not in the run; the text after it is",
      "markdown",
      "![Palmyra](p.png) Palmyra",
      [at("palmyra", "Palmyra", 0, 1)],
      `<p><img src="p.png" alt="Palmyra"> ${A("palmyra", "Palmyra")}</p>\n`,
    ],
    [
      "after a hard break (one character in the run)",
      "markdown",
      "Homs  \nPalmyra",
      [at("palmyra", "Palmyra", 0, 5)],
      `<p>Homs<br>\n${A("palmyra", "Palmyra")}</p>\n`,
    ],
    [
      "text format: markup characters are text, a name between asterisks is linked",
      "text",
      "a *Palmyra* b",
      [at("palmyra", "Palmyra", 0, 3)],
      `<p>a *${A("palmyra", "Palmyra")}* b</p>\n`,
    ],
    [
      "text format: a name across a newline is one text token, linked with its newline",
      "text",
      "Bashar\nAssad said.",
      [at("bashar-assad", "Bashar\nAssad", 0, 0)],
      `<p>${A("bashar-assad", "Bashar\nAssad")} said.</p>\n`,
    ],
    [
      "text format: the link text is escaped like the rest",
      "text",
      "<b>Raqqa</b> & Homs",
      [at("raqqa", "Raqqa", 0, 3), at("homs", "Homs", 0, 15)],
      `<p>&lt;b&gt;${A("raqqa", "Raqqa")}&lt;/b&gt; &amp; ${A("homs", "Homs")}</p>\n`,
    ],
  ])("%s (%s %j)", (_name, format, source, mentions, html) => {
    expect(render(format, source, mentions)).toBe(html);
  });
});
