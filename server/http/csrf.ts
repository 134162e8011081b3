// Cross-site requests never change state (DESIGN §4). Every POST, PUT, PATCH and DELETE must come
// from the app's own origin, and none may carry a body type a browser sends cross-site without
// asking first (a CORS "simple" request). The SameSite=Strict cookie is a second line, not the
// only one: it does not cover sign-in (no cookie yet) or same-site subdomains.
//
// How a request proves where it came from:
// 1. `Sec-Fetch-Site` (Fetch Metadata), which every current browser sends on every request and no
//    page can forge: only `same-origin` may change state. `same-site` (a sibling subdomain),
//    `cross-site`, and `none` (typed into the address bar, a bookmark: never a state change) are
//    refused.
// 2. Without it (older browsers), `Origin`, which browsers send on every cross-origin POST, PUT,
//    PATCH and DELETE: it must equal this request's own origin, scheme://host[:port] as Fastify
//    sees it (`request.protocol` and `request.host`, which follow X-Forwarded-Proto/-Host only
//    when TRUST_PROXY is on). `Origin: null` (sandboxed frames, privacy redirects) is refused.
// 3. Neither header: the request did not come from a browser page at all: a browser always sends
//    one of them on a cross-origin state-changing request. It comes from curl, a script or a
//    generated API client, which holds its own credentials and cannot be tricked into sending
//    someone else's cookie, so it cannot be a cross-site request forgery. It is allowed (server
//    tests inject such requests too).
//
// The Crimestoppers intake route (bearer key, never a cookie) is exempt from the origin check: a
// browser cannot attach the key to a forged request. It takes JSON only, like every other route. A refusal is 403 problem+json and is audited, summarised per source
// and minute (server/audit/auditSummary.ts). The check runs before the session is read, so a
// refused request does not even count as activity on the session.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { makeProblem } from "../../src/domain";
import { sendProblem } from "./problems";

const stateChanging = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Body types a browser sends cross-site without a CORS preflight (Fetch standard). */
const corsSafelistedTypes = new Set([
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
]);

export const crossSiteDetail =
  "This request came from another site and was refused: PortSafe Desk changes nothing on another site's behalf. Open PortSafe Desk itself and try again there.";

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** This request's own origin, as the browser would name the page that sent it. */
export function ownOrigin(request: FastifyRequest): string | null {
  if (!request.host) return null;
  return originOf(`${request.protocol}://${request.host}`);
}

/** Whether a state-changing request may have been sent by another site. */
export function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined) return site !== "same-origin";
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const own = ownOrigin(request);
  return own === null || originOf(origin) !== own;
}

/** The media type without parameters, lower case; "" when the header is absent. */
function essence(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

async function csrfPlugin(app: FastifyInstance) {
  app.addHook(
    "onRequest",
    async (request: FastifyRequest, reply: FastifyReply) => {
      if (!stateChanging.has(request.method)) return;
      const intake = request.routeOptions.config?.access === "intake";
      if (!intake && isCrossSite(request)) {
        await app.auditSummary.note(
          request,
          "auth.cross_site_refused",
          "cross_site",
        );
        return sendProblem(
          reply,
          makeProblem(403, "forbidden", crossSiteDetail),
        );
      }
      if (corsSafelistedTypes.has(essence(request.headers["content-type"]))) {
        return sendProblem(
          reply,
          makeProblem(
            415,
            "unsupported_media_type",
            "Send this request's body as JSON (Content-Type: application/json); the member import also takes text/csv. Plain text and form bodies are not accepted.",
          ),
        );
      }
    },
  );
}

export default fp(csrfPlugin, {
  name: "portsafe-csrf",
  dependencies: ["portsafe-audit-summary"],
});
