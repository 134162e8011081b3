// Each cross-port pattern as a line joining its ports. The selected pattern is drawn thick, dark
// and dashed, the others thin and solid, so the difference does not rest on colour.
import { Polyline, Tooltip } from "react-leaflet";
import type { LatLngTuple } from "leaflet";
import type { Port, ReviewedPattern } from "../../domain";

/** The pattern's ports west to east, so the line reads as one path rather than a star. */
export function patternPath(
  pattern: ReviewedPattern,
  ports: ReadonlyMap<string, Port>,
): LatLngTuple[] {
  return pattern.portIds
    .flatMap((id) => {
      const port = ports.get(id);
      return port ? [port] : [];
    })
    .sort((a, b) => a.lon - b.lon)
    .map((port) => [port.lat, port.lon]);
}

export function PatternLines({
  patterns,
  ports,
  selectedId,
}: {
  patterns: readonly ReviewedPattern[];
  ports: ReadonlyMap<string, Port>;
  selectedId: string | null;
}) {
  return (
    <>
      {patterns
        .filter((p) => p.review.status !== "dismissed" || p.id === selectedId)
        .map((pattern) => {
          const selected = pattern.id === selectedId;
          const path = patternPath(pattern, ports);
          if (path.length < 2) return null;
          return (
            <Polyline
              key={`${pattern.id}-${selected ? "on" : "off"}`}
              positions={path}
              pathOptions={
                selected
                  ? {
                      color: "#111111",
                      weight: 5,
                      dashArray: "10 6",
                      opacity: 0.95,
                    }
                  : { color: "#7a5195", weight: 2, opacity: 0.7 }
              }
            >
              <Tooltip sticky>{pattern.title}</Tooltip>
            </Polyline>
          );
        })}
    </>
  );
}
