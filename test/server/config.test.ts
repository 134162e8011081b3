import { describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config";

describe("server settings", () => {
  it("defaults to port 8080, ./data and demo mode", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 8080, DATA_DIR: "./data", PORTSAFE_DEMO: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("reads demo mode off and a PostgreSQL URL", () => {
    expect(loadConfig({ PORTSAFE_DEMO: "0", DATABASE_URL: "postgres://u:p@127.0.0.1:5432/portsafe" })).toMatchObject({
      PORTSAFE_DEMO: false,
      DATABASE_URL: "postgres://u:p@127.0.0.1:5432/portsafe",
    });
  });

  it("stops with a message naming each bad setting", () => {
    expect(() => loadConfig({ PORT: "eighty", PORTSAFE_DEMO: "maybe" })).toThrow(/PORT:.*\n.*PORTSAFE_DEMO: use 1 or 0/s);
  });
});
