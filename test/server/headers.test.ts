import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let staticDir: string;
beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), "portsafe-static-"));
  writeFileSync(
    join(staticDir, "index.html"),
    '<html><head><meta name="csp-nonce" content="__CSP_NONCE__"></head><body></body></html>',
  );
  writeFileSync(join(staticDir, "app.js"), "console.log(1)");
  t = await createTestApp({ STATIC_DIR: staticDir });
});
afterAll(async () => {
  await t.close();
  rmSync(staticDir, { recursive: true, force: true });
});

function directives(csp: string): Record<string, string> {
  return Object.fromEntries(
    csp.split(";").map(
      (d) =>
        d
          .trim()
          .split(/\s+(.*)/s)
          .slice(0, 2) as [string, string],
    ),
  );
}

describe("security headers", () => {
  it("serves the app with a strict CSP whose style nonce is the one in the page", async () => {
    const response = await t.app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    const csp = directives(String(response.headers["content-security-policy"]));
    expect(csp["object-src"]).toBe("'none'");
    expect(csp["base-uri"]).toBe("'none'");
    expect(csp["frame-ancestors"]).toBe("'none'");
    expect(csp["script-src"]).toMatch(/^'self' 'nonce-[^']+'$/);
    const nonce = csp["style-src"]!.match(/'nonce-([^']+)'/)![1]!;
    expect(response.body).toContain(`content="${nonce}"`);
    expect(response.body).not.toContain("__CSP_NONCE__");
    // Each response gets its own nonce.
    const again = directives(
      String(
        (await t.app.inject({ method: "GET", url: "/index.html" })).headers[
          "content-security-policy"
        ],
      ),
    );
    expect(again["style-src"]).not.toBe(csp["style-src"]);
  });

  it("sends HSTS, nosniff, no-referrer on every response and no-store on the API", async () => {
    for (const url of ["/", "/app.js", "/api/health", "/api/reports"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.headers["strict-transport-security"], url).toContain(
        "max-age=",
      );
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers["referrer-policy"], url).toBe("no-referrer");
    }
    expect(
      (await t.app.inject({ method: "GET", url: "/api/health" })).headers[
        "cache-control"
      ],
    ).toBe("no-store");
  });

  it("allows images from no other origin while no tile server is configured", async () => {
    const csp = directives(
      String(
        (await t.app.inject({ method: "GET", url: "/" })).headers[
          "content-security-policy"
        ],
      ),
    );
    expect(csp["img-src"]).toBe("'self' data: blob:");
  });

  it("never leaks internals in an error", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain(
      "application/problem+json",
    );
    expect(response.body).not.toMatch(/at .*\.ts:\d+|node_modules|SELECT/i);
  });
});

describe("the map's tile server under the CSP", () => {
  it("adds exactly the configured tile origin to img-src, and tells signed-in users where the tiles are", async () => {
    const tiles = await createTestApp({
      MAP_TILE_URL:
        "https://tiles.example.police.uk:8443/osm/{z}/{x}/{y}.png?key=abc",
      MAP_TILE_ATTRIBUTION: "© Example Police tiles",
    });
    try {
      const response = await tiles.app.inject({
        method: "GET",
        url: "/api/health",
      });
      const csp = directives(
        String(response.headers["content-security-policy"]),
      );
      expect(csp["img-src"]).toBe(
        "'self' data: blob: https://tiles.example.police.uk:8443",
      );
      expect(csp["connect-src"]).toBe("'self'");
      const cookie = await tiles.login("analyst");
      const settings = await tiles.app.inject({
        method: "GET",
        url: "/api/settings/map",
        headers: { cookie },
      });
      expect(settings.json()).toEqual({
        tiles: {
          url: "https://tiles.example.police.uk:8443/osm/{z}/{x}/{y}.png?key=abc",
          attribution: "© Example Police tiles",
        },
      });
      expect(
        (await tiles.app.inject({ method: "GET", url: "/api/settings/map" }))
          .statusCode,
      ).toBe(401);
    } finally {
      await tiles.close();
    }
  });

  it("tells the map there are no tiles when none are configured", async () => {
    const cookie = await t.login("manager");
    const settings = await t.app.inject({
      method: "GET",
      url: "/api/settings/map",
      headers: { cookie },
    });
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toEqual({ tiles: null });
  });
});
