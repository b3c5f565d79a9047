// Maps drawn at build time as SVG path data with d3-geo: no tiles, no script. A map shows the
// countries around a set of points, clipped to its frame, with the points projected into it.
import { geoBounds, geoContains, geoEquirectangular, geoPath } from "d3-geo";
import type { Feature, Geometry, Polygon } from "geojson";
import { worldCountries } from "./world.ts";

export interface MapPoint {
  /** [latitude, longitude], as the gazetteer writes it. */
  coordinates: [number, number];
}

export interface DrawnMap {
  width: number;
  height: number;
  /** One path per country with something inside the frame. */
  countries: { name: string; d: string; containsPoint: boolean }[];
  /** The points in SVG coordinates, in the order given. */
  points: { x: number; y: number }[];
}

/** A frame around the points, at least `minSpan` degrees wide, as a GeoJSON polygon to fit to. */
function frame(points: readonly MapPoint[], minSpan: number): Feature<Polygon> {
  const lats = points.map((p) => p.coordinates[0]);
  const lons = points.map((p) => p.coordinates[1]);
  if (lats.length === 0) throw new Error("A map needs at least one point.");
  const pad = (lo: number, hi: number) => {
    const span = Math.max(hi - lo, minSpan) * 1.25;
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2] as const;
  };
  const [south, north] = pad(Math.min(...lats), Math.max(...lats)) as [number, number];
  const [west, east] = pad(Math.min(...lons), Math.max(...lons)) as [number, number];
  return {
    type: "Feature",
    properties: {},
    // Clockwise, as d3-geo reads a polygon's outside ring (the other way round is the rest of the globe).
    geometry: { type: "Polygon", coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] },
  };
}

let bounds: { feature: Feature<Geometry, { name: string }>; box: [[number, number], [number, number]] }[] | null = null;

/** Each country's [[west, south], [east, north]], worked out once per build (west > east across the antimeridian). */
function countryBounds() {
  bounds ??= worldCountries().features.map((feature) => ({ feature, box: geoBounds(feature) }));
  return bounds;
}

export function drawMap(points: readonly MapPoint[], options: { width: number; height: number; minSpan: number }): DrawnMap {
  const { width, height } = options;
  const projection = geoEquirectangular().fitExtent([[0, 0], [width, height]], frame(points, options.minSpan)).clipExtent([[0, 0], [width, height]]);
  // One decimal place is a tenth of a pixel: enough, and it keeps the path data small.
  const path = geoPath(projection).digits(1);
  // Only the countries whose bounds reach into the frame are drawn at all: a map of Syria need not
  // project 241 countries to find the dozen it shows. (The viewport can be wider or taller than
  // the frame it was fitted to, so its own corners give the bounds.)
  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  const inView = countryBounds().filter(({ box: [[w, s], [e, n]] }) => w > e || !(e < west || w > east || n < south || s > north));
  const countries = inView
    .map(({ feature: f }) => ({
      name: f.properties.name,
      d: path(f) ?? "",
      containsPoint: points.length === 1 && geoContains(f, [points[0]!.coordinates[1], points[0]!.coordinates[0]]),
    }))
    .filter((c) => c.d !== "")
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const round = (n: number) => Math.round(n * 10) / 10;
  const projected = points.map((p) => projection([p.coordinates[1], p.coordinates[0]]) ?? [0, 0]);
  return { width, height, countries, points: projected.map(([x, y]) => ({ x: round(x!), y: round(y!) })) };
}
