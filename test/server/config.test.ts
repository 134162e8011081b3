import { describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config";

describe("server settings", () => {
  it("defaults to port 8080, ./data and demo mode", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 8080,
      DATA_DIR: "./data",
      PORTSAFE_DEMO: true,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("reads demo mode off and a PostgreSQL URL", () => {
    expect(
      loadConfig({
        PORTSAFE_DEMO: "0",
        DATABASE_URL: "postgres://u:p@127.0.0.1:5432/portsafe",
      }),
    ).toMatchObject({
      PORTSAFE_DEMO: false,
      DATABASE_URL: "postgres://u:p@127.0.0.1:5432/portsafe",
    });
  });

  it("takes a map tile URL template over https, or http on localhost, with its attribution", () => {
    expect(
      loadConfig({
        MAP_TILE_URL: "https://{s}.tiles.example/{z}/{x}/{y}.png",
        MAP_TILE_ATTRIBUTION: "© Tiles",
      }),
    ).toMatchObject({
      MAP_TILE_URL: "https://{s}.tiles.example/{z}/{x}/{y}.png",
      MAP_TILE_ATTRIBUTION: "© Tiles",
    });
    expect(
      loadConfig({ MAP_TILE_URL: "http://localhost:8090/{z}/{x}/{y}.png" })
        .MAP_TILE_URL,
    ).toBe("http://localhost:8090/{z}/{x}/{y}.png");
    expect(loadConfig({ MAP_TILE_URL: "" }).MAP_TILE_URL).toBeUndefined();
  });

  it("refuses a tile URL the map or the CSP could not use, saying why", () => {
    expect(() =>
      loadConfig({ MAP_TILE_URL: "http://tiles.example/{z}/{x}/{y}.png" }),
    ).toThrow(
      /MAP_TILE_URL: a tile URL must use https \(http only for localhost\)/,
    );
    expect(() =>
      loadConfig({ MAP_TILE_URL: "https://tiles.example/{z}/{x}.png" }),
    ).toThrow(/MAP_TILE_URL: .*\{z\}, \{x\} and \{y\}/);
    expect(() =>
      loadConfig({ MAP_TILE_URL: "https://tiles.{z}.example/{z}/{x}/{y}.png" }),
    ).toThrow(/MAP_TILE_URL: only \{s\} may stand in the host/);
    expect(() =>
      loadConfig({
        MAP_TILE_URL: "https://user:pw@tiles.example/{z}/{x}/{y}.png",
      }),
    ).toThrow(/user name or password/);
  });

  it("stops with a message naming each bad setting", () => {
    expect(() =>
      loadConfig({ PORT: "eighty", PORTSAFE_DEMO: "maybe" }),
    ).toThrow(/PORT:.*\n.*PORTSAFE_DEMO: use 1 or 0/s);
  });
});
