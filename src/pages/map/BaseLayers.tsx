// The offline base map (coastline, land borders, police force areas from /geo), an optional
// raster tile layer when the server has one configured, and the attributions their licences ask
// for, which Leaflet's attribution control collects from each layer.
import { useEffect, useMemo, useRef } from "react";
import type { Layer, PathOptions } from "leaflet";
import type { Feature, Geometry } from "geojson";
import { GeoJSON, TileLayer } from "react-leaflet";
import type { ForceShading } from "./forceShading";
import { naturalEarthAttribution, onsAttribution } from "./mapConfig";
import { useTileLayer } from "./useMapData";
import type { ForceAreaProperties, GeoLayers } from "./useGeoLayers";

const landStyle: PathOptions = {
  stroke: false,
  fillColor: "#e9e4d8",
  fillOpacity: 1,
};
const borderStyle: PathOptions = {
  color: "#6b6b6b",
  weight: 1,
  dashArray: "4 3",
};

export function BaseLayers({
  geo,
  shading,
}: {
  geo: GeoLayers;
  /** Set when force areas are shaded by report count. */
  shading: ForceShading | null;
}) {
  const tiles = useTileLayer();
  // Tooltips read the latest figures when they open, so the layer need not be rebuilt each week.
  const latest = useRef(shading);
  useEffect(() => {
    latest.current = shading;
  }, [shading]);

  const forceStyle = useMemo(
    () =>
      (feature?: Feature<Geometry, ForceAreaProperties>): PathOptions => {
        const base: PathOptions = { color: "#4a5568", weight: 0.8, fill: true };
        if (!shading || !feature) return { ...base, fillOpacity: 0 };
        return {
          ...base,
          fillColor: shading.classOf(feature.properties.pfa_code).colour,
          fillOpacity: 0.75,
        };
      },
    [shading],
  );

  const bindForceTooltip = (
    feature: Feature<Geometry, ForceAreaProperties>,
    layer: Layer,
  ) => {
    const { pfa_code: code, force_name: name } = feature.properties;
    layer.bindTooltip(() => latest.current?.describe(code, name) ?? name, {
      sticky: true,
    });
  };

  return (
    <>
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
      {!tiles && (
        <GeoJSON
          data={geo.coastline}
          style={landStyle}
          interactive={false}
          attribution={naturalEarthAttribution}
        />
      )}
      <GeoJSON
        data={geo.forceAreas}
        style={forceStyle as (feature?: Feature) => PathOptions}
        onEachFeature={
          bindForceTooltip as (feature: Feature, layer: Layer) => void
        }
        attribution={onsAttribution}
      />
      <GeoJSON data={geo.landBorders} style={borderStyle} interactive={false} />
    </>
  );
}
