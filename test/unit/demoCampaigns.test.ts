// The injected campaigns are the ground truth for pattern detection: each is a burst of linked
// reports at several ports in a short window, far above those ports' own baseline.
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/domain";
import { dataset, fixtureNowMs, msPerDay } from "./support/demoFixture";

const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
const campaignReportIds = new Set(
  dataset.campaigns.flatMap((c) => c.reportIds),
);
const threeYearsMs = 3 * 365 * msPerDay;

function reportsOf(reportIds: readonly string[]): Report[] {
  return reportIds.map((id) => {
    const report = reportsById.get(id);
    if (!report)
      throw new Error(`campaign report ${id} is missing from the dataset`);
    return report;
  });
}

describe("the demo campaigns", () => {
  it("are three or four, some of them within the last few months", () => {
    expect(dataset.campaigns.length).toBeGreaterThanOrEqual(3);
    expect(dataset.campaigns.length).toBeLessThanOrEqual(4);
    const recent = dataset.campaigns.filter(
      (c) => fixtureNowMs - Date.parse(c.from) < 90 * msPerDay,
    );
    expect(recent.length).toBeGreaterThan(0);
  });

  it("each consist of existing reports at three or more ports, all inside the window", () => {
    for (const campaign of dataset.campaigns) {
      const reports = reportsOf(campaign.reportIds);
      const ports = new Set(reports.map((r) => r.portId));
      expect(ports.size, campaign.name).toBeGreaterThanOrEqual(3);
      expect([...ports].sort()).toEqual([...campaign.portIds].sort());
      for (const r of reports) {
        expect(
          r.receivedAt >= campaign.from && r.receivedAt <= campaign.to,
          r.reference,
        ).toBe(true);
        expect(r.category).toBe(campaign.category);
        expect(r.insiderType).toBe(campaign.insiderType ?? null);
      }
    }
  });

  it("mention their shared entity in every report", () => {
    const withEntity = dataset.campaigns.filter((c) => c.entity !== undefined);
    expect(withEntity.length).toBeGreaterThanOrEqual(2);
    for (const campaign of withEntity) {
      for (const r of reportsOf(campaign.reportIds)) {
        expect(`${r.summary} ${r.details}`, r.reference).toContain(
          campaign.entity,
        );
      }
    }
  });

  it("keep their entity out of the background, so it points only at the campaign", () => {
    for (const campaign of dataset.campaigns.filter(
      (c) => c.entity !== undefined,
    )) {
      const elsewhere = dataset.reports.filter(
        (r) =>
          !campaignReportIds.has(r.id) &&
          `${r.summary} ${r.details}`.includes(campaign.entity ?? ""),
      );
      expect(elsewhere, campaign.name).toEqual([]);
    }
  });

  it("stand out against each port's own baseline for the category", () => {
    for (const campaign of dataset.campaigns) {
      const windowMs = Date.parse(campaign.to) - Date.parse(campaign.from);
      for (const portId of campaign.portIds) {
        const baseline = dataset.reports.filter(
          (r) =>
            r.portId === portId &&
            r.category === campaign.category &&
            !campaignReportIds.has(r.id),
        ).length;
        const expectedInWindow = (baseline * windowMs) / threeYearsMs;
        const inCampaign = reportsOf(campaign.reportIds).filter(
          (r) => r.portId === portId,
        ).length;
        expect(
          inCampaign,
          `${campaign.name} at ${portId}`,
        ).toBeGreaterThanOrEqual(2);
        expect(inCampaign, `${campaign.name} at ${portId}`).toBeGreaterThan(
          3 * expectedInWindow,
        );
      }
    }
  });
});
