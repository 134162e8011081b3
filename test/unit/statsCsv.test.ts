// The CSV the server's exports write (src/domain/csv.ts, statsCsv.ts): quoted where needed, safe
// to open in a spreadsheet, and "<5" wherever the API suppressed a count.
import { describe, expect, it } from "vitest";
import {
  suppression,
  tileImageSource,
  timeseriesCsv,
  toCsv,
  type StatsTimeseriesResponse,
} from "../../src/domain";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, and keeps formulas as text", () => {
    expect(
      toCsv(
        ["name", "count"],
        [
          ['Port "A", Quay 2', 3],
          ['=HYPERLINK("x")', null],
          ["-1+2", 0],
          ["@SUM(A1)", 4],
        ],
      ),
    ).toBe(
      'name,count\r\n"Port ""A"", Quay 2",3\r\n"\'=HYPERLINK(""x"")",\r\n\'-1+2,0\r\n\'@SUM(A1),4\r\n',
    );
  });
});

describe("a timeseries as CSV", () => {
  it("writes one row per bucket, then the totals, with <5 for suppressed counts", () => {
    const data: StatsTimeseriesResponse = {
      from: "2026-01-01T00:00:00.000Z",
      to: "2026-03-01T00:00:00.000Z",
      interval: "month",
      groupBy: "category",
      timeZone: "Europe/London",
      buckets: ["2026-01-01", "2026-02-01"],
      series: [
        { key: "drugs", label: "Drugs", counts: [12, null], total: null },
        { key: "other", label: "Other", counts: [0, 7], total: 7 },
      ],
      total: null,
      previous: null,
      suppression: suppression(true),
    };
    const { csv, rows } = timeseriesCsv(data);
    expect(rows).toBe(2);
    expect(csv.split("\r\n")).toEqual([
      "month starting (UK),Drugs,Other",
      "2026-01-01,12,0",
      "2026-02-01,<5,7",
      "Total,<5,7",
      "",
    ]);
  });
});

describe("the map's tile origin for the CSP", () => {
  it("is the template's origin, with a wildcard label for {s}", () => {
    expect(
      tileImageSource("https://{s}.tile.example.org/{z}/{x}/{y}.png"),
    ).toBe("https://*.tile.example.org");
    expect(tileImageSource("http://127.0.0.1:8090/{z}/{x}/{y}.png")).toBe(
      "http://127.0.0.1:8090",
    );
    expect(() =>
      tileImageSource("http://tiles.example/{z}/{x}/{y}.png"),
    ).toThrow();
  });
});
