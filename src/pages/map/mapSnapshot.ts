// The map view as a PNG, drawn afresh onto a canvas from the same data the map shows: land,
// police force areas (shaded when shading is on), borders, pattern lines and port rings, each
// projected through Leaflet for the current view. Raster tiles are left out: a tile server on
// another origin would taint the canvas, and police networks are often offline anyway.
import type { Map as LeafletMap } from "leaflet";
import type { Geometry, Position } from "geojson";
import {
  formatCount,
  type Port,
  type ReviewedPattern,
  type StatsPortsResponse,
} from "../../domain";
import {
  composePng,
  type ChartImageText,
} from "../../common/charts/chartImage";
import { categoryColours } from "../../common/charts/palette";
import type { ForceShading } from "./forceShading";
import { patternPath } from "./PatternLines";
import { markerRadius } from "./portMarkerIcon";
import type { GeoLayers } from "./useGeoLayers";

export interface MapSnapshotInput {
  map: LeafletMap;
  geo: GeoLayers;
  stats: StatsPortsResponse;
  ports: ReadonlyMap<string, Port>;
  shading: ForceShading | null;
  patterns: readonly ReviewedPattern[];
  selectedPatternId: string | null;
  text: ChartImageText;
}

type Project = (position: Position) => [number, number];

function traceRings(
  context: CanvasRenderingContext2D,
  rings: Position[][],
  project: Project,
  close: boolean,
) {
  for (const ring of rings) {
    ring.forEach((position, i) => {
      const [x, y] = project(position);
      if (i === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    });
    if (close) context.closePath();
  }
}

/** Adds a geometry's outline to the current path; returns whether it is an area. */
function traceGeometry(
  context: CanvasRenderingContext2D,
  geometry: Geometry,
  project: Project,
): boolean {
  switch (geometry.type) {
    case "Polygon":
      traceRings(context, geometry.coordinates, project, true);
      return true;
    case "MultiPolygon":
      geometry.coordinates.forEach((polygon) =>
        traceRings(context, polygon, project, true),
      );
      return true;
    case "LineString":
      traceRings(context, [geometry.coordinates], project, false);
      return false;
    case "MultiLineString":
      traceRings(context, geometry.coordinates, project, false);
      return false;
    default:
      return false;
  }
}

function drawPortRing(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  counts: readonly (number | null)[],
  categories: readonly string[],
  label: string,
) {
  const inner = r * 0.58;
  const parts = counts
    .map((n, i) => ({
      n: n ?? 0,
      colour: (categoryColours as Record<string, string>)[categories[i]!]!,
    }))
    .filter((p) => p.n > 0);
  const sum = parts.reduce((s, p) => s + p.n, 0);
  let angle = -Math.PI / 2;
  if (sum === 0) parts.push({ n: 1, colour: "#5f6b7a" });
  for (const part of parts) {
    const next = angle + (2 * Math.PI * part.n) / Math.max(sum, 1);
    context.beginPath();
    context.arc(x, y, r, angle, next);
    context.arc(x, y, inner, next, angle, true);
    context.closePath();
    context.fillStyle = part.colour;
    context.fill();
    angle = next;
  }
  context.beginPath();
  context.arc(x, y, inner, 0, 2 * Math.PI);
  context.fillStyle = "#ffffff";
  context.fill();
  context.beginPath();
  context.arc(x, y, r, 0, 2 * Math.PI);
  context.strokeStyle = "#12284c";
  context.lineWidth = 1.5;
  context.stroke();
  context.fillStyle = "#1a1a1a";
  // As on screen: at least 12px, so "<5" stays readable in the picture too.
  context.font = `bold ${Math.max(12, Math.min(14, inner * 0.9)).toFixed(0)}px Roboto, Arial, sans-serif`;
  context.textAlign = "center";
  context.textBaseline = "middle";
  context.fillText(label, x, y);
  context.textAlign = "left";
}

export function mapSnapshot(input: MapSnapshotInput): Promise<Blob> {
  const { map, geo, stats, ports, shading, patterns, selectedPatternId } =
    input;
  const size = map.getSize();
  return composePng(input.text, {
    width: size.x,
    height: size.y,
    draw: (context, left, top) => {
      const project: Project = ([lon, lat]) => {
        const point = map.latLngToContainerPoint([lat!, lon!]);
        return [left + point.x, top + point.y];
      };
      context.beginPath();
      context.rect(left, top, size.x, size.y);
      context.clip();
      context.fillStyle = "#cfe3f2";
      context.fillRect(left, top, size.x, size.y);

      context.beginPath();
      geo.coastline.features.forEach((f) =>
        traceGeometry(context, f.geometry, project),
      );
      context.fillStyle = "#e9e4d8";
      context.fill("evenodd");

      for (const feature of geo.forceAreas.features) {
        context.beginPath();
        traceGeometry(context, feature.geometry, project);
        if (shading) {
          context.globalAlpha = 0.75;
          context.fillStyle = shading.classOf(
            feature.properties.pfa_code,
          ).colour;
          context.fill("evenodd");
          context.globalAlpha = 1;
        }
        context.strokeStyle = "#4a5568";
        context.lineWidth = 0.8;
        context.stroke();
      }

      context.beginPath();
      geo.landBorders.features.forEach((f) =>
        traceGeometry(context, f.geometry, project),
      );
      context.setLineDash([4, 3]);
      context.strokeStyle = "#6b6b6b";
      context.lineWidth = 1;
      context.stroke();
      context.setLineDash([]);

      for (const pattern of patterns) {
        const selected = pattern.id === selectedPatternId;
        if (pattern.review.status === "dismissed" && !selected) continue;
        const path = patternPath(pattern, ports);
        context.beginPath();
        path.forEach(([lat, lon], i) => {
          const [x, y] = project([lon, lat]);
          if (i === 0) context.moveTo(x, y);
          else context.lineTo(x, y);
        });
        context.setLineDash(selected ? [10, 6] : []);
        context.strokeStyle = selected ? "#111111" : "#7a5195";
        context.lineWidth = selected ? 5 : 2;
        context.stroke();
        context.setLineDash([]);
      }

      const maxTotal = Math.max(0, ...stats.ports.map((p) => p.total ?? 0));
      const drawn = stats.ports
        .map((p) => ({
          p,
          port: ports.get(p.portId),
          r: markerRadius(p.total, maxTotal),
        }))
        .filter((d) => d.port && d.p.total !== 0)
        // Big rings first, so small ones stay visible on top (as on the map).
        .sort((a, b) => b.r - a.r);
      for (const { p, port, r } of drawn) {
        const [x, y] = project([port!.lon, port!.lat]);
        drawPortRing(
          context,
          x,
          y,
          r,
          p.counts,
          stats.categories,
          formatCount(p.total),
        );
      }
    },
  });
}
