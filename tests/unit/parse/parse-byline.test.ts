// parseTopByline and parseClosingByline: writers and organisation from "By ..." lines, sign-offs and Reuters credits.
import { describe, expect, test } from "vitest";
import { parseClosingByline, parseTopByline, type Byline } from "../../../src/parse/parse-byline.ts";

describe("parseTopByline", () => {
  test.each<[string, Byline]>([
    ["By Bassem Mroue", { names: "Bassem Mroue", organization: null }],
    ["By Tom Perry and Ellen Francis", { names: "Tom Perry and Ellen Francis", organization: null }],
    ["By Tom Perry, Ellen Francis and Lisa Barrington", { names: "Tom Perry, Ellen Francis and Lisa Barrington", organization: null }],
    ["By Sarah El Deeb, Associated Press", { names: "Sarah El Deeb", organization: "Associated Press" }],
    ["By Bassem Mroue, The Associated Press", { names: "Bassem Mroue", organization: "The Associated Press" }],
    ["By Tom Perry and Ellen Francis, Reuters", { names: "Tom Perry and Ellen Francis", organization: "Reuters" }],
    ["By Claire DUVAL", { names: "Claire DUVAL", organization: null }],
    ["By Abu Bakr al Baghdadi", { names: "Abu Bakr al Baghdadi", organization: null }],
    ["By Anne-Marie O’Brien", { names: "Anne-Marie O’Brien", organization: null }],
  ])("%j", (paragraph, expected) => {
    expect(parseTopByline(paragraph)).toEqual(expected);
  });

  test.each([
    "The army said the shelling caused material damage without saying if there were casualties.",
    "By the end of the day the army had taken control of the whole of the town and its outskirts.",
    "By Saturday, troops held the town.",
    "By Saturday Troops Held The Town And The Army Said It Would Stay For Many Weeks To Come",
    "Bassem Mroue, The Associated Press",
    "(Reporting by Tom Perry; Editing by Alison Williams)",
    "by Bassem Mroue",
  ])("%j is not a top byline", (paragraph) => {
    expect(parseTopByline(paragraph)).toBeNull();
  });
});

describe("parseClosingByline", () => {
  test.each<[string, Byline]>([
    ["Bassem Mroue, The Associated Press", { names: "Bassem Mroue", organization: "The Associated Press" }],
    ["Bassem Mroue and Zeina Karam, Associated Press", { names: "Bassem Mroue and Zeina Karam", organization: "Associated Press" }],
    ["Maya Lindqvist, The Canadian Press", { names: "Maya Lindqvist", organization: "The Canadian Press" }],
    ["By Sarah El Deeb, Associated Press", { names: "Sarah El Deeb", organization: "Associated Press" }],
    ["(Reporting by Tom Perry; Editing by Alison Williams)", { names: "Tom Perry", organization: null }],
    ["(Reporting by Tom Perry and Ellen Francis; Editing by Alison Williams)", { names: "Tom Perry and Ellen Francis", organization: null }],
    [
      "(Reporting by Natalia Ramos in Santiago; Additional reporting by Peter Holm in London; Editing by Alison Brandt)",
      { names: "Natalia Ramos", organization: null },
    ],
    [
      "(Reporting by Tom Perry in Beirut and Ellen Francis in New York; Editing by Alison Williams)",
      { names: "Tom Perry and Ellen Francis", organization: null },
    ],
    ["(Writing by Lisa Barrington; Editing by Alison Williams)", { names: "Lisa Barrington", organization: null }],
    ["(Reporting by Tom Perry)", { names: "Tom Perry", organization: null }],
  ])("%j", (paragraph, expected) => {
    expect(parseClosingByline(paragraph)).toEqual(expected);
  });

  test.each([
    "The army said the shelling caused material damage without saying if there were casualties.",
    "In one rare incident, Israel this week struck an anti-aircraft battery deep in Syria.",
    "Associated Press writer Lena Forsberg in Portland contributed to this report.",
    "By Bassem Mroue",
    "Bassem Mroue",
    "Earlier Saturday, The Army Said It Had Retaken The Whole Of The Town, The Associated Press",
    "(Editing by Alison Williams)",
  ])("%j is not a closing byline", (paragraph) => {
    expect(parseClosingByline(paragraph)).toBeNull();
  });
});
