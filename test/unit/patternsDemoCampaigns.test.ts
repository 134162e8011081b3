// The detector against the demo dataset's ground truth: the four injected cross-port campaigns
// are found, each by the kind of pattern that fits it, and three years without them stay quiet.
import { describe, expect, it } from "vitest";
import { generateDemoDataset, type DemoCampaign } from "../../demo";
import {
  defaultPatternThresholds,
  detectPatterns,
  distanceKm,
  extractEntities,
  type Pattern,
  type PatternKind,
  type PatternReportFact,
  type Report,
} from "../../src/domain";
import { dataset, fixtureNowMs, msPerDay } from "./support/demoFixture";

const ports = dataset.ports.map(({ id, name, lat, lon, nation }) => ({
  id,
  name,
  lat,
  lon,
  nation,
}));
const portsById = new Map(ports.map((p) => [p.id, p]));

function factsOf(reports: readonly Report[]): PatternReportFact[] {
  return reports.map((r) => ({
    ...r,
    entities: extractEntities(`${r.summary} ${r.details}`),
  }));
}

const threeYearsAgo = new Date(fixtureNowMs - 3 * 365 * msPerDay).toISOString();
/** The whole demo history, with baselines allowed to start only where the data starts. */
const wholeHistory = {
  from: threeYearsAgo,
  to: new Date(fixtureNowMs).toISOString(),
  historyFrom: threeYearsAgo,
};

/**
 * The kind that should find a campaign: a shared name if it has one; a space-time cluster if its
 * ports lie within one cluster's reach; otherwise a category rising at several ports.
 */
function expectedKind(campaign: DemoCampaign): PatternKind {
  if (campaign.entity) return "shared_entity";
  const spread = Math.max(
    ...campaign.portIds.flatMap((a) =>
      campaign.portIds.map((b) =>
        distanceKm(portsById.get(a)!, portsById.get(b)!),
      ),
    ),
  );
  return spread <= 2 * defaultPatternThresholds.cluster.radiusKm
    ? "space_time_cluster"
    : "category_rise";
}

/**
 * The matching rule: a pattern of the expected kind holds at least 80% of the campaign's reports,
 * and at least half of that pattern's reports are the campaign's (it is about the campaign, not a
 * busy port that happens to include it).
 */
function matchFor(campaign: DemoCampaign, patterns: readonly Pattern[]) {
  const ids = new Set(campaign.reportIds);
  return patterns
    .filter((p) => p.kind === expectedKind(campaign))
    .map((pattern) => {
      const shared = pattern.reportIds.filter((id) => ids.has(id)).length;
      return {
        pattern,
        recall: shared / ids.size,
        precision: shared / pattern.reportIds.length,
      };
    })
    .filter((m) => m.recall >= 0.8 && m.precision >= 0.5)
    .sort((a, b) => b.recall - a.recall)[0];
}

describe("pattern detection on the demo dataset", () => {
  const patterns = detectPatterns({
    reports: factsOf(dataset.reports),
    ports,
    window: wholeHistory,
  });

  it("expects each kind of pattern at least once among the four campaigns", () => {
    expect(dataset.campaigns).toHaveLength(4);
    expect(new Set(dataset.campaigns.map(expectedKind))).toEqual(
      new Set(["shared_entity", "space_time_cluster", "category_rise"]),
    );
  });

  it.each(dataset.campaigns.map((c) => [c.name, c] as const))(
    "finds the campaign “%s”",
    (_name, campaign) => {
      const match = matchFor(campaign, patterns);
      expect(
        match,
        `no ${expectedKind(campaign)} pattern covers ${campaign.name}`,
      ).toBeDefined();
      expect([...match!.pattern.portIds].sort()).toEqual(
        expect.arrayContaining([...campaign.portIds].sort()),
      );
      if (campaign.entity) expect(match!.pattern.entity).toBe(campaign.entity);
      else expect(match!.pattern.category).toBe(campaign.category);
      expect(match!.pattern.why.length).toBeGreaterThan(40);
    },
  );

  it("finds nothing else in the demo data: every pattern holds reports of a campaign", () => {
    const campaignIds = new Set(dataset.campaigns.flatMap((c) => c.reportIds));
    const unrelated = patterns.filter(
      (p) => !p.reportIds.some((id) => campaignIds.has(id)),
    );
    expect(unrelated.map((p) => p.title)).toEqual([]);
    expect(patterns.length).toBeGreaterThanOrEqual(dataset.campaigns.length);
  });

  it("gives the same patterns, with the same ids, when run again", () => {
    const again = detectPatterns({
      reports: factsOf([...dataset.reports].reverse()),
      ports,
      window: wholeHistory,
    });
    expect(again).toEqual(patterns);
  });

  it("reports only patterns with reports in the window asked for", () => {
    const from = new Date(fixtureNowMs - 90 * msPerDay).toISOString();
    const recent = detectPatterns({
      reports: factsOf(dataset.reports),
      ports,
      window: { from, to: wholeHistory.to },
    });
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((p) => p.to >= from)).toBe(true);
    const tern = dataset.campaigns.find(
      (c) => c.entity === "MV Northern Tern",
    )!;
    expect(matchFor(tern, recent)).toBeDefined();
  });
});

describe("three years without the campaigns", () => {
  it("raise at most three patterns", () => {
    // The thresholds admit about one chance finding per three years of demo data: over 16 seeds
    // the campaign-free count was 0–4 (mean 0.8; this seed 0). Three is that allowance with room
    // for data changes, and still fails if a threshold is loosened tenfold (then 2–7 per seed).
    const campaignIds = new Set(dataset.campaigns.flatMap((c) => c.reportIds));
    const quiet = factsOf(
      dataset.reports.filter((r) => !campaignIds.has(r.id)),
    );
    const found = detectPatterns({
      reports: quiet,
      ports,
      window: wholeHistory,
    });
    expect(
      found.length,
      found.map((p) => p.title).join("; "),
    ).toBeLessThanOrEqual(3);
  });

  it("stay quiet for another seed and another day too", () => {
    const other = generateDemoDataset({
      now: new Date(fixtureNowMs + 3 * msPerDay),
      seed: 3,
    });
    const campaignIds = new Set(other.campaigns.flatMap((c) => c.reportIds));
    const from = new Date(
      fixtureNowMs + 3 * msPerDay - 3 * 365 * msPerDay,
    ).toISOString();
    const window = {
      from,
      to: new Date(fixtureNowMs + 3 * msPerDay).toISOString(),
      historyFrom: from,
    };
    const found = detectPatterns({
      reports: factsOf(other.reports.filter((r) => !campaignIds.has(r.id))),
      ports,
      window,
    });
    expect(found.length).toBeLessThanOrEqual(3);
    const withCampaigns = detectPatterns({
      reports: factsOf(other.reports),
      ports,
      window,
    });
    for (const campaign of other.campaigns)
      expect(matchFor(campaign, withCampaigns), campaign.name).toBeDefined();
  });
});
