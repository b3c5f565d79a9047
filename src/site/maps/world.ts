// Natural Earth country shapes (world-atlas, 1:50m), loaded once per build for the maps.
import { createRequire } from "node:module";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";

let countries: FeatureCollection<Geometry, { name: string }> | null = null;

export function worldCountries(): FeatureCollection<Geometry, { name: string }> {
  if (!countries) {
    const topology = createRequire(import.meta.url)("world-atlas/countries-50m.json") as Topology;
    countries = feature(topology, topology.objects.countries!) as unknown as FeatureCollection<Geometry, { name: string }>;
  }
  return countries;
}
