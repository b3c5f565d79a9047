// findImages: a markdown report's images, each a file beside the report with alt text, and every problem by line.
import { describe, expect, test } from "vitest";
import { findImages, publishedName } from "../../../src/parse/find-images.ts";
import type { Diagnostic } from "../../../src/types.ts";

const REPORT = "content/reports/2019/ferries.md";

/** The body as paragraphs starting at file line 5, as parseWireText gives them. */
function find(...texts: string[]) {
  let line = 5;
  const paragraphs = texts.map((text) => {
    const p = { text, line };
    line += text.split("\n").length + 1;
    return p;
  });
  const diagnostics: Diagnostic[] = [];
  const images = findImages(paragraphs, REPORT, diagnostics);
  return { images, problems: diagnostics.map((d) => `${d.line}: ${d.message}`) };
}

describe("findImages", () => {
  test.each<[string, string, { file: string; name: string; alt: string; line: number }]>([
    ["a file beside the report", "![Ferry at the quay](ferry.jpg)", { file: "content/reports/2019/ferry.jpg", name: "ferry.jpg", alt: "Ferry at the quay", line: 5 }],
    ["in a folder below it", "![Ferry](photos/ferry.webp)", { file: "content/reports/2019/photos/ferry.webp", name: "ferry.webp", alt: "Ferry", line: 5 }],
    ["a space, percent-encoded", "![Ferry](<Ferry Photo.JPG>)", { file: "content/reports/2019/Ferry Photo.JPG", name: "ferry-photo.jpg", alt: "Ferry", line: 5 }],
    ["up a folder, inside reports/", "![Ferry](../shared/ferry.png)", { file: "content/reports/shared/ferry.png", name: "ferry.png", alt: "Ferry", line: 5 }],
    ["emphasis in the alt text is its text", "![The *first* ferry](ferry.gif)", { file: "content/reports/2019/ferry.gif", name: "ferry.gif", alt: "The first ferry", line: 5 }],
    ["inside a paragraph, on its line", "Ferries returned.\nThe first:\n![Ferry](ferry.avif)", { file: "content/reports/2019/ferry.avif", name: "ferry.avif", alt: "Ferry", line: 5 }],
  ])("%s", (_name, text, expected) => {
    const { images, problems } = find(text);
    expect(problems).toEqual([]);
    expect(images).toEqual([expect.objectContaining(expected)]);
  });

  test("each image gets the line of its paragraph in the file", () => {
    const { images } = find("Ferries returned.", "![One](one.jpg)", "Two lines\nof text.", "![Two](two.jpg)");
    expect(images.map((i) => [i.name, i.line])).toEqual([
      ["one.jpg", 7],
      ["two.jpg", 12],
    ]);
  });

  test.each<[string, string, string]>([
    ["no alt text", "![](ferry.jpg)", 'the image "ferry.jpg" has no alt text.'],
    ["only spaces as alt text", "![  ](ferry.jpg)", 'the image "ferry.jpg" has no alt text.'],
    ["a web address", "![Ferry](https://cdn.example.com/ferry.jpg)", 'the image "https://cdn.example.com/ferry.jpg" is not a file beside the report.'],
    ["a path from the root", "![Ferry](/img/ferry.jpg)", 'the image "/img/ferry.jpg" is not a file beside the report.'],
    ["a data URL", "![Ferry](data:image/png;base64,iVBORw0KGgo=)", 'the image "data:image/png;base64,iVBORw0KGgo=" is not a file beside the report.'],
    ["an SVG", "![Route](route.svg)", 'the image "route.svg" is not of a type the site publishes (.jpg, .jpeg, .png, .gif, .webp, .avif).'],
    ["not an image", "![Notes](notes.pdf)", 'the image "notes.pdf" is not of a type the site publishes (.jpg, .jpeg, .png, .gif, .webp, .avif).'],
  ])("%s is a problem on its line", (_name, text, message) => {
    expect(find("Ferries returned.", text).problems).toEqual([`7: ${message}`]);
  });

  test("two files published under one name beside the page are a problem; one file shown twice is not", () => {
    expect(find("![A](a/ferry.jpg)", "![B](a/ferry.jpg)").problems).toEqual([]);
    expect(find("![A](a/ferry.jpg)", "![B](b/Ferry.JPG)").problems).toEqual(['7: the image "b/Ferry.JPG" and "a/ferry.jpg" would both be published as "ferry.jpg" beside the report\'s page.']);
  });

  test("a link is not an image", () => {
    expect(find("[The statement](statement.jpg)").images).toEqual([]);
  });
});

describe("publishedName", () => {
  test.each([
    ["ferry.jpg", "ferry.jpg"],
    ["Ferry Photo.JPG", "ferry-photo.jpg"],
    ["Café du Port.png", "cafe-du-port.png"],
    ["..hidden.png", "hidden.png"],
  ])("%j -> %j", (name, published) => {
    expect(publishedName(name)).toBe(published);
  });
});
