// The offline base map: coastline, land borders and police force areas, fetched at run time from
// the bundled /geo files (public/geo, ~0.5 MB) rather than compiled into the JavaScript, and
// kept for the session since they never change.
import { useQuery } from "@tanstack/react-query";
import type { FeatureCollection, Geometry } from "geojson";

export interface ForceAreaProperties {
  pfa_code: string;
  pfa_name: string;
  force_name: string;
  nation: string;
}

export interface GeoLayers {
  coastline: FeatureCollection;
  landBorders: FeatureCollection;
  forceAreas: FeatureCollection<Geometry, ForceAreaProperties>;
}

async function geoFile<T>(name: string): Promise<T> {
  // Absolute, on the page's own origin and base path (node's fetch in tests needs absolute URLs).
  const url = new URL(
    `${import.meta.env.BASE_URL}geo/${name}`,
    window.location.origin,
  );
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `The base map file ${name} could not be loaded (HTTP ${response.status}).`,
    );
  return (await response.json()) as T;
}

export function useGeoLayers() {
  return useQuery({
    queryKey: ["analytics", "geoLayers"],
    queryFn: async (): Promise<GeoLayers> => {
      const [coastline, landBorders, forceAreas] = await Promise.all([
        geoFile<FeatureCollection>("coastline.geojson"),
        geoFile<FeatureCollection>("land-borders.geojson"),
        geoFile<GeoLayers["forceAreas"]>("police-force-areas.geojson"),
      ]);
      return { coastline, landBorders, forceAreas };
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
