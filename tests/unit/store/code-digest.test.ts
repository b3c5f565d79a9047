// Issue 21, point 4 (first step): a record's key covers the code that parses and links, found by
// following imports, and not the templates, the CSS or the render stage, so editing those parses nothing.
import path from "node:path";
import { expect, test } from "vitest";
import { recordModules } from "../../../src/store/code-digest.ts";

const modules = recordModules().map((file) => path.relative(process.cwd(), file));

test.each(["src/parse/parse-report.ts", "src/parse/parse-wire-text.ts", "src/entities/link-articles.ts", "src/entities/build-matcher.ts", "src/entities/archive-entry.ts", "src/diagnostics/catalog.ts", "src/routes.ts"])("%s makes records: part of their key", (file) => {
  expect(modules).toContain(file);
});

test("no template, asset, render, page, site or write module is part of a record's key", () => {
  expect(modules.filter((file) => /^(?:layouts|src\/(?:render|pages|site|write|cli|dev))\//.test(file))).toEqual([]);
});
