// The CSV the server's exports write (src/domain/csv.ts, statsCsv.ts): quoted where needed, safe
// to open in a spreadsheet, "<5" wherever the API published a count of 1–4, and a last row naming
// the disclosure-control method and the date in every file of published values.
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
  it("writes one row per bucket, then the totals, with <5 for small counts and a row naming the method", () => {
    const data: StatsTimeseriesResponse = {
      from: "2026-01-01T00:00:00.000Z",
      to: "2026-03-01T00:00:00.000Z",
      interval: "month",
      groupBy: "category",
      timeZone: "Europe/London",
      buckets: ["2026-01-01", "2026-02-01"],
      series: [
        { key: "drugs", label: "Drugs", counts: [10, null], total: 15 },
        { key: "other", label: "Other", counts: [0, 5], total: 5 },
      ],
      total: 20,
      previous: null,
      suppression: suppression(true),
    };
    const { csv, rows } = timeseriesCsv(data, "2026-12-07");
    expect(rows).toBe(2);
    expect(csv.split("\r\n")).toEqual([
      "month starting (UK),Drugs,Other",
      "2026-01-01,10,0",
      "2026-02-01,<5,5",
      "Total,15,5",
      '"Note: Counts rounded to the nearest 5; 1–4 shown as <5; totals rounded separately, so parts may not add up to the total. Made on 2026-12-07 (UK).",,',
      "",
    ]);
  });

  it("writes exact counts with no note when the figures are not protected", () => {
    const { csv } = timeseriesCsv(
      {
        from: "2026-01-01T00:00:00.000Z",
        to: "2026-02-01T00:00:00.000Z",
        interval: "month",
        groupBy: "category",
        timeZone: "Europe/London",
        buckets: ["2026-01-01"],
        series: [{ key: "drugs", label: "Drugs", counts: [3], total: 3 }],
        total: 3,
        previous: null,
        suppression: suppression(false),
      },
      "2026-12-07",
    );
    expect(csv.split("\r\n")).toEqual([
      "month starting (UK),Drugs",
      "2026-01-01,3",
      "Total,3",
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
