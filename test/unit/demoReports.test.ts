// The demo reports look like three years of PortSafe: weighted to the big gateways, seasonal,
// the right category and channel mix, numbered in arrival order, a live queue at the front,
// and free text that never identifies a reporter.
import { describe, expect, it } from "vitest";
import { formatReportReference, type Report } from "../../src/domain";
import { ukPorts, ukPortsById } from "../../src/domain/reference/ukPorts";
import {
  countBy,
  dataset,
  fixtureNowMs,
  msPerDay,
  share,
} from "./support/demoFixture";

const { reports } = dataset;
const threeYearsAgoMs = fixtureNowMs - 3 * 365 * msPerDay;
const ageDays = (r: Report) =>
  (fixtureNowMs - Date.parse(r.receivedAt)) / msPerDay;

describe("the demo reports over time and place", () => {
  it("number several thousand, all received in the three years before now", () => {
    expect(reports.length).toBeGreaterThanOrEqual(3000);
    for (const r of reports) {
      const received = Date.parse(r.receivedAt);
      expect(received).toBeGreaterThanOrEqual(threeYearsAgoMs - msPerDay);
      expect(received).toBeLessThan(fixtureNowMs);
    }
  });

  it("give a tier-1 port far more reports than a tier-2 port, and a tier-2 port more than a tier-3", () => {
    const perPort = countBy(reports, (r) => r.portId);
    const averageForTier = (tier: number) => {
      const ports = ukPorts.filter((p) => p.tier === tier);
      return (
        ports.reduce((sum, p) => sum + (perPort.get(p.id) ?? 0), 0) /
        ports.length
      );
    };
    expect(averageForTier(1)).toBeGreaterThan(2.5 * averageForTier(2));
    expect(averageForTier(2)).toBeGreaterThan(2 * averageForTier(3));
    expect(averageForTier(3)).toBeGreaterThan(0);
  });

  it("are busier in summer than in winter and on weekdays than at weekends, with some at night", () => {
    const byMonth = countBy(reports, (r) => r.receivedAt.slice(5, 7));
    const summer = (byMonth.get("07") ?? 0) + (byMonth.get("08") ?? 0);
    const winter = (byMonth.get("01") ?? 0) + (byMonth.get("02") ?? 0);
    expect(summer).toBeGreaterThan(1.3 * winter);
    const weekend = reports.filter((r) =>
      [0, 6].includes(new Date(r.receivedAt).getUTCDay()),
    ).length;
    expect(weekend / 2).toBeLessThan(((reports.length - weekend) / 5) * 0.85);
    const smallHours = reports.filter(
      (r) => Number(r.receivedAt.slice(11, 13)) < 4,
    );
    expect(smallHours.length).toBeGreaterThan(50);
    expect(smallHours.some((r) => r.channel === "hotline")).toBe(true);
  });

  it("place about three in ten at a precise point near the port", () => {
    const located = reports.filter((r) => r.location !== null);
    expect(located.length / reports.length).toBeGreaterThan(0.25);
    expect(located.length / reports.length).toBeLessThan(0.35);
    for (const r of located) {
      const port = ukPortsById.get(r.portId);
      expect(Math.abs((r.location?.lat ?? 0) - (port?.lat ?? 99))).toBeLessThan(
        0.1,
      );
      expect(Math.abs((r.location?.lon ?? 0) - (port?.lon ?? 99))).toBeLessThan(
        0.1,
      );
    }
  });
});

describe("the demo report mix", () => {
  it("follows the category mix, insider threat and drugs leading", () => {
    const categoryShare = (category: Report["category"]) =>
      share(reports, (r) => r.category === category);
    expect(categoryShare("insider_threat")).toBeGreaterThan(0.14);
    expect(categoryShare("insider_threat")).toBeLessThan(0.22);
    expect(categoryShare("drugs")).toBeGreaterThan(0.16);
    expect(categoryShare("drugs")).toBeLessThan(0.24);
    expect(categoryShare("firearms_weapons")).toBeLessThan(0.05);
  });

  it("sets an insider type exactly when the category is insider threat, using all three types", () => {
    for (const r of reports)
      expect(r.insiderType !== null, r.reference).toBe(
        r.category === "insider_threat",
      );
    expect(
      new Set(reports.map((r) => r.insiderType).filter(Boolean)).size,
    ).toBe(3);
  });

  it("comes about 45% by hotline, 50% online and 5% direct", () => {
    const channelShare = (channel: Report["channel"]) =>
      share(reports, (r) => r.channel === channel);
    expect(channelShare("hotline")).toBeGreaterThan(0.4);
    expect(channelShare("hotline")).toBeLessThan(0.5);
    expect(channelShare("online")).toBeGreaterThan(0.45);
    expect(channelShare("direct")).toBeLessThan(0.08);
  });

  it("marks about a fifth OFFICIAL-SENSITIVE, insider threat far more often", () => {
    const sensitive = (rows: Report[]) =>
      share(rows, (r) => r.handling === "OFFICIAL-SENSITIVE");
    expect(sensitive(reports)).toBeGreaterThan(0.15);
    expect(sensitive(reports)).toBeLessThan(0.25);
    expect(
      sensitive(reports.filter((r) => r.category === "insider_threat")),
    ).toBeGreaterThan(0.35);
  });
});

describe("the demo report references", () => {
  it("number each year's reports 1, 2, 3… in the order received", () => {
    const byYear = new Map<number, Report[]>();
    for (const r of reports) {
      const year = Number(r.receivedAt.slice(0, 4));
      byYear.set(year, [...(byYear.get(year) ?? []), r]);
    }
    for (const [year, rows] of byYear) {
      const inOrder = [...rows].sort(
        (a, b) =>
          a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id),
      );
      expect(inOrder.map((r) => r.reference)).toEqual(
        inOrder.map((_, i) => formatReportReference(year, i + 1)),
      );
    }
  });

  it("carry unique Crimestoppers references of the form CS-<year>-<7 digits>", () => {
    expect(new Set(reports.map((r) => r.externalRef)).size).toBe(
      reports.length,
    );
    for (const r of reports)
      expect(r.externalRef).toMatch(
        new RegExp(`^CS-${r.receivedAt.slice(0, 4)}-\\d{7}$`),
      );
  });
});

describe("the demo workflow state", () => {
  it("closes nearly everything older than 60 days, with a reason, a risk and dates in order", () => {
    const old = reports.filter((r) => ageDays(r) > 60);
    expect(share(old, (r) => r.status === "closed")).toBeGreaterThan(0.95);
    for (const r of reports.filter((x) => x.status === "closed")) {
      expect(r.closureReason).not.toBeNull();
      expect(r.risk).not.toBeNull();
      expect(r.riskRationale).not.toBeNull();
      expect(r.firstAssessedAt).not.toBeNull();
      expect(Date.parse(r.closedAt ?? "")).toBeGreaterThanOrEqual(
        Date.parse(r.receivedAt),
      );
    }
  });

  it("keeps a live queue: at least 40 new reports in the last 30 days, unassigned and unassessed", () => {
    const recent = reports.filter((r) => ageDays(r) <= 30);
    expect(
      recent.filter((r) => r.status === "new").length,
    ).toBeGreaterThanOrEqual(40);
    for (const status of ["triage", "on_hold", "actioned"] as const) {
      expect(
        recent.some((r) => r.status === status),
        status,
      ).toBe(true);
    }
    for (const r of reports.filter((x) => x.status === "new")) {
      expect([
        r.assigneeId,
        r.risk,
        r.firstAssessedAt,
        r.closedAt,
        r.closureReason,
      ]).toEqual([null, null, null, null, null]);
      expect(r.version).toBe(1);
    }
  });

  it("assigns worked reports to desk officers, and never marks one actioned without a risk", () => {
    const deskIds = new Set(
      dataset.users.filter((u) => u.roles.includes("desk")).map((u) => u.id),
    );
    const worked = reports.filter((r) => r.status !== "new");
    expect(
      worked.every((r) => r.assigneeId !== null && deskIds.has(r.assigneeId)),
    ).toBe(true);
    expect(new Set(worked.map((r) => r.assigneeId)).size).toBe(4);
    expect(
      reports
        .filter((r) => r.status === "actioned")
        .every((r) => r.risk !== null),
    ).toBe(true);
  });

  it("keeps every timestamp between receipt and now", () => {
    for (const r of reports) {
      const received = Date.parse(r.receivedAt);
      expect(r.createdAt).toBe(r.receivedAt);
      for (const stamp of [r.updatedAt, r.firstAssessedAt, r.closedAt]) {
        if (stamp === null) continue;
        expect(Date.parse(stamp)).toBeGreaterThanOrEqual(received);
        expect(Date.parse(stamp)).toBeLessThanOrEqual(fixtureNowMs);
      }
    }
  });
});

describe("the demo report text", () => {
  const emailPattern = /[\w.+-]+@[\w-]+\.[\w.-]+/;
  // A UK number: +44 or 0, then 9 or 10 more digits, optionally spaced or hyphenated.
  const phonePattern = /(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/;

  it("the patterns used below do catch emails and phone numbers", () => {
    expect(emailPattern.test("call j.smith@example.co.uk")).toBe(true);
    for (const phone of [
      "01632 960443",
      "07700 900123",
      "+44 20 7946 0123",
      "0800-141-2927",
    ]) {
      expect(phonePattern.test(`ring ${phone} today`), phone).toBe(true);
    }
  });

  it("never contains an email address, a phone number or a member contact's name", () => {
    const contactNames = dataset.members.map((m) => m.contactName);
    for (const r of reports) {
      for (const text of [r.summary, r.details, r.riskRationale ?? ""]) {
        expect(emailPattern.test(text), text).toBe(false);
        expect(phonePattern.test(text), text).toBe(false);
        expect(
          contactNames.some((name) => text.includes(name)),
          text,
        ).toBe(false);
      }
    }
  });

  it("has a one-sentence summary of at most 500 characters and two to five sentences of details", () => {
    for (const r of reports) {
      expect(r.summary.length).toBeLessThanOrEqual(500);
      expect(r.summary).toMatch(/^[A-Z].*\.$/);
      expect(r.summary.split(/(?<=\.)\s+/)).toHaveLength(1);
      const sentences = r.details.split(/(?<=\.)\s+/).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(5);
      expect(r.details).not.toMatch(/\{\w+\}/);
    }
  });

  it("varies enough that reports read differently", () => {
    expect(
      new Set(reports.map((r) => `${r.summary} ${r.details}`)).size,
    ).toBeGreaterThan(0.98 * reports.length);
    expect(new Set(reports.map((r) => r.summary)).size).toBeGreaterThan(
      0.75 * reports.length,
    );
  });
});
