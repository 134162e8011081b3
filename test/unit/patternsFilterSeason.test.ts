// A filter chooses which reports a pattern may be made of; it does not change the season. A rise
// found on the whole map is still found when the map is filtered to its own category, in winter
// too: the national volume correction is measured on every report (volumeReports).
import { describe, expect, it } from "vitest";
import { generateDemoDataset } from "../../demo";
import {
  detectPatterns,
  extractEntities,
  type PatternReportFact,
  type Report,
} from "../../src/domain";

const msPerDay = 86_400_000;
/** A January day: winter, when the national volume is below the trailing year's rate. */
const winterNowMs = Date.parse("2027-01-15T09:00:00Z");
const dataset = generateDemoDataset({ now: new Date(winterNowMs) });

const ports = dataset.ports.map(({ id, name, lat, lon, nation }) => ({
  id,
  name,
  lat,
  lon,
  nation,
}));

function factsOf(reports: readonly Report[]): PatternReportFact[] {
  return reports.map((r) => ({
    ...r,
    entities: extractEntities(`${r.summary} ${r.details}`),
  }));
}

/** The year to that January day. */
const window = {
  from: new Date(winterNowMs - 365 * msPerDay).toISOString(),
  to: new Date(winterNowMs).toISOString(),
  historyFrom: new Date(winterNowMs - 3 * 365 * msPerDay).toISOString(),
};
const all = factsOf(dataset.reports);

describe("patterns under a category filter", () => {
  it("keep every category rise of the whole map when filtered to its category", () => {
    const rises = detectPatterns({ reports: all, ports, window }).filter(
      (p) => p.kind === "category_rise",
    );
    expect(rises.length).toBeGreaterThan(0);
    for (const rise of rises) {
      const filtered = detectPatterns({
        reports: all.filter((r) => r.category === rise.category),
        volumeReports: all,
        ports,
        window,
      });
      expect(filtered.map((p) => p.id)).toContain(rise.id);
    }
  });
});
