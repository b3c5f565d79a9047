// drawMap: a single place is framed to its country (unless the country is too wide), so places in
// different countries look different; the larger countries are named; the scale bar is a round distance.
import { describe, expect, test } from "vitest";
import { drawMap } from "../../../src/site/maps/draw-map.ts";

const LOCATOR = { width: 320, height: 220, minSpan: 3, frameCountryUpTo: 25 };
const locator = (lat: number, lon: number) => drawMap([{ coordinates: [lat, lon] }], LOCATOR);

describe("locator maps", () => {
  test.each<[string, [number, number], string, number, string[]]>([
    // A Syrian town: Syria in full, its neighbours named.
    ["Qaryatayn", [34.2294, 37.2406], "Syria", 200, ["Iraq", "Syria", "Turkey"]],
    // Beirut (on the coast, which the 1:50m shapes put just offshore): Lebanon is small, so the frame is small and the scale short.
    ["Beirut", [33.8938, 35.5018], "Lebanon", 100, ["Israel", "Lebanon", "Syria"]],
    // Baghdad: Iraq in full.
    ["Baghdad", [33.3152, 44.3661], "Iraq", 250, ["Iran", "Iraq", "Saudi Arabia"]],
  ])("%s is framed to its country, with a round-distance scale, naming its neighbours", (_name, [lat, lon], home, km, named) => {
    const map = locator(lat, lon);
    expect(map.countries.filter((c) => c.containsPoint).map((c) => c.name)).toEqual([home]);
    expect(map.labels.find((l) => l.home)?.name).toBe(home);
    expect(map.labels.map((l) => l.name)).toEqual(expect.arrayContaining(named));
    expect(map.scale.km).toBe(km);
    // The bar is at most a quarter of the map, and not a sliver.
    expect(map.scale.length).toBeLessThanOrEqual(LOCATOR.width / 4);
    expect(map.scale.length).toBeGreaterThan(LOCATOR.width / 12);
  });

  test("the three look different: each its own frame and scale", () => {
    const scales = [locator(34.2294, 37.2406), locator(33.8938, 35.5018), locator(33.3152, 44.3661)].map((m) => m.scale.km);
    expect(new Set(scales).size).toBe(3);
  });

  test("a place in a country wider than 25 degrees (Moscow) is framed to its neighbourhood", () => {
    const map = locator(55.7558, 37.6173);
    expect(map.countries.find((c) => c.containsPoint)?.name).toBe("Russia");
    expect(map.scale.km).toBeLessThanOrEqual(100);
    const { x, y } = map.points[0]!;
    expect(Math.abs(x - LOCATOR.width / 2)).toBeLessThan(2);
    expect(Math.abs(y - LOCATOR.height / 2)).toBeLessThan(2);
  });

  test("a point at sea is framed to itself", () => {
    const map = locator(34.0, 31.0);
    expect(map.countries.some((c) => c.containsPoint)).toBe(false);
    expect(map.points[0]!.x).toBeCloseTo(LOCATOR.width / 2, 0);
  });
});
