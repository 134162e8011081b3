// The map's optional raster tile layer (issue 4). It is server configuration (MAP_TILE_URL and
// MAP_TILE_ATTRIBUTION), read by the app from GET /api/settings/map, because the server's strict
// Content-Security-Policy must name the tile host in img-src for the browser to load the tiles.
import { z } from "zod";

/** Plain http is only acceptable on this machine (a tile server for development). */
const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The template with its placeholders filled in, as a URL; null when it is not one. */
function sampleUrl(template: string): URL | null {
  // {s} is a subdomain letter; {z}, {x}, {y} and {r} stand in the path or the query.
  const sample = template.replace(/\{s\}/g, "a").replace(/\{[a-z]+\}/gi, "0");
  try {
    return new URL(sample);
  } catch {
    return null;
  }
}

/** The host part of the template as written, placeholders and all. */
const templateHost = (template: string) =>
  /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(template)?.[1] ?? "";

/**
 * Why a Leaflet tile URL template cannot be used, or null when it can: it needs {z}, {x} and
 * {y}; https, or http on localhost only; and in the host only {s} (Leaflet's subdomains), as
 * the first label, so the Content-Security-Policy can name the host.
 */
export function tileUrlProblem(template: string): string | null {
  const example = "e.g. https://tiles.example.police.uk/{z}/{x}/{y}.png";
  if (!["{z}", "{x}", "{y}"].every((p) => template.includes(p)))
    return `a tile URL template must contain {z}, {x} and {y} (${example})`;
  const url = sampleUrl(template);
  if (!url) return `not a URL template (${example})`;
  if (url.username || url.password)
    return "a tile URL must not carry a user name or password";
  const host = templateHost(template);
  if (host.replace(/^\{s\}\./, "").includes("{"))
    return "only {s} may stand in the host, as its first label (e.g. https://{s}.tiles.example/{z}/{x}/{y}.png)";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && localHosts.has(url.hostname)) return null;
  return "a tile URL must use https (http only for localhost)";
}

/**
 * The Content-Security-Policy source that lets the browser load these tiles: the template's
 * origin, with a wildcard first label when the host starts with {s}. Only for a template that
 * tileUrlProblem accepts.
 */
export function tileImageSource(template: string): string {
  const url = sampleUrl(template);
  if (!url || tileUrlProblem(template))
    throw new Error(`not a usable tile URL template: ${template}`);
  return templateHost(template).startsWith("{s}.")
    ? `${url.protocol}//*.${url.host.slice("a.".length)}`
    : url.origin;
}

/** GET /api/settings/map: the raster tile layer, or null to use the bundled offline layers. */
export const MapSettingsSchema = z
  .object({
    tiles: z
      .object({
        /** A Leaflet URL template, e.g. https://tiles.example.police.uk/{z}/{x}/{y}.png */
        url: z.string(),
        /** The tile provider's credit, shown in the map's attribution control. */
        attribution: z.string(),
      })
      .nullable(),
  })
  .meta({ id: "MapSettings" });
export type MapSettings = z.infer<typeof MapSettingsSchema>;
