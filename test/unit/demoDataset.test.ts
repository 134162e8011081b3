// The demo dataset is deterministic, matches the contract record for record, and gives the
// manager a realistic register: about 150 members, partial PSeMS coverage, reviews falling due.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AssessmentSchema,
  defaultPsemsElements,
  MemberSchema,
  PortSchema,
  ReportSchema,
  UserSummarySchema,
} from "../../src/domain";
import { ukPorts } from "../../src/domain/reference/ukPorts";
import { generateDemoDataset } from "../../demo";
import { dataset, fixtureNow, share } from "./support/demoFixture";

const today = fixtureNow.toISOString().slice(0, 10);

/** The same calendar date `years` on; 29 February becomes 1 March. */
function addYears(date: string, years: number): string {
  const [year, month, day] = date.split("-").map(Number) as [
    number,
    number,
    number,
  ];
  return new Date(Date.UTC(year + years, month - 1, day))
    .toISOString()
    .slice(0, 10);
}

describe("the demo dataset", () => {
  it("is identical for the same seed and now, and different for another seed", () => {
    const again = generateDemoDataset({ now: fixtureNow });
    expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
    const otherSeed = generateDemoDataset({
      now: fixtureNow,
      seed: 7,
      reportCount: 50,
    });
    expect(otherSeed.reports.map((r) => r.id)).not.toContain(
      dataset.reports[0]?.id,
    );
  });

  it("satisfies the domain schemas record for record", () => {
    expect(() => z.array(UserSummarySchema).parse(dataset.users)).not.toThrow();
    expect(() => z.array(PortSchema).parse(dataset.ports)).not.toThrow();
    expect(() => z.array(MemberSchema).parse(dataset.members)).not.toThrow();
    expect(() =>
      z.array(AssessmentSchema).parse(dataset.assessments),
    ).not.toThrow();
    expect(() => z.array(ReportSchema).parse(dataset.reports)).not.toThrow();
  });

  it("has unique ids within every table", () => {
    for (const rows of [
      dataset.users,
      dataset.members,
      dataset.assessments,
      dataset.reports,
    ]) {
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
  });

  it("has one demo account per role, three more desk officers and a second administrator (who approves role grants)", () => {
    expect(dataset.users.map((u) => [u.username, u.roles])).toEqual([
      ["desk", ["desk"]],
      ["analyst", ["analyst"]],
      ["manager", ["manager"]],
      ["admin", ["admin"]],
      ["desk2", ["desk"]],
      ["desk3", ["desk"]],
      ["desk4", ["desk"]],
      ["admin2", ["admin"]],
    ]);
    expect(dataset.users.find((u) => u.username === "desk")?.displayName).toBe(
      "Desk Officer (demo)",
    );
  });

  it("uses the 118 reference ports unchanged", () => {
    expect(dataset.ports).toHaveLength(118);
    expect(dataset.ports).toEqual(ukPorts);
  });
});

describe("the demo member register", () => {
  const portIds = new Set(ukPorts.map((p) => p.id));

  it("has about 150 members at real ports, mostly active, with unique names", () => {
    expect(dataset.members.length).toBeGreaterThanOrEqual(130);
    expect(dataset.members.length).toBeLessThanOrEqual(170);
    expect(dataset.members.every((m) => portIds.has(m.portId))).toBe(true);
    expect(new Set(dataset.members.map((m) => m.name)).size).toBe(
      dataset.members.length,
    );
    const activeShare = share(dataset.members, (m) => m.status === "active");
    expect(activeShare).toBeGreaterThan(0.8);
    expect(activeShare).toBeLessThan(0.95);
  });

  it("gives every leading gateway several members", () => {
    for (const port of ukPorts.filter((p) => p.tier === 1)) {
      expect(
        dataset.members.filter((m) => m.portId === port.id).length,
        port.id,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it("uses fictitious contacts: example.co.uk addresses and Ofcom drama numbers", () => {
    for (const member of dataset.members) {
      expect(member.contactEmail).toMatch(/^[a-z.]+\d*@example\.co\.uk$/);
      if (member.contactPhone !== null) {
        expect(member.contactPhone).toMatch(
          /^(01632 960|020 7946 0|0113 496 0|0117 496 0|07700 900)\d{3}$/,
        );
      }
    }
  });

  it("joined over the last six years, never in the future", () => {
    const sixYearsAgo = addYears(today, -6);
    expect(
      dataset.members.every(
        (m) => m.joinedOn >= sixYearsAgo && m.joinedOn <= today,
      ),
    ).toBe(true);
  });
});

describe("the demo PSeMS assessments", () => {
  const { assessments, members } = dataset;
  const completed = assessments.filter((a) => a.status === "completed");

  it("cover roughly three in five active members", () => {
    const assessed = new Set(assessments.map((a) => a.memberId));
    const active = members.filter((m) => m.status === "active");
    const coverage = share(active, (m) => assessed.has(m.id));
    expect(coverage).toBeGreaterThan(0.5);
    expect(coverage).toBeLessThan(0.72);
  });

  it("belong to real members", () => {
    const memberIds = new Set(members.map((m) => m.id));
    expect(assessments.every((a) => memberIds.has(a.memberId))).toBe(true);
  });

  it("fall due five years after completion; some are overdue and some due within 12, 6 and 3 months", () => {
    for (const a of completed)
      expect(a.dueOn).toBe(addYears(a.completedOn ?? "missing", 5));
    const dueWithin = (months: number) => {
      const limit = new Date(fixtureNow);
      limit.setUTCMonth(limit.getUTCMonth() + months);
      const end = limit.toISOString().slice(0, 10);
      return completed.filter((a) => a.dueOn >= today && a.dueOn < end).length;
    };
    expect(completed.filter((a) => a.dueOn < today).length).toBeGreaterThan(0);
    expect(dueWithin(12)).toBeGreaterThan(0);
    expect(dueWithin(6)).toBeGreaterThan(0);
    expect(dueWithin(3)).toBeGreaterThan(0);
  });

  it("score every element when completed and none when planned", () => {
    const elementKeys = defaultPsemsElements.map((e) => e.key).sort();
    for (const a of completed)
      expect(Object.keys(a.scores).sort()).toEqual(elementKeys);
    for (const a of assessments.filter((x) => x.status === "planned")) {
      expect(a.scores).toEqual({});
      expect(a.completedOn).toBeNull();
      expect(a.startedOn).toBeNull();
    }
    expect(
      assessments
        .filter((a) => a.status !== "completed")
        .every((a) => a.completedOn === null),
    ).toBe(true);
  });

  it("name a reviewer with a conflict-of-interest declaration for completed external assessments", () => {
    const external = completed.filter((a) => a.kind !== "self_gap_analysis");
    expect(external.length).toBeGreaterThan(0);
    expect(
      external.every(
        (a) => a.reviewerName !== null && a.conflictOfInterestDeclared,
      ),
    ).toBe(true);
    const selfAssessed = assessments.filter(
      (a) => a.kind === "self_gap_analysis",
    );
    expect(selfAssessed.every((a) => a.reviewerName === null)).toBe(true);
  });

  it("include a history through the journey for some members", () => {
    const stepsByMember = new Map<string, Set<number>>();
    for (const a of completed)
      stepsByMember.set(
        a.memberId,
        (stepsByMember.get(a.memberId) ?? new Set()).add(a.step),
      );
    const withFullJourney = [...stepsByMember.values()].filter(
      (steps) => steps.has(1) && steps.has(3) && steps.has(4),
    );
    expect(withFullJourney.length).toBeGreaterThan(0);
  });

  it("never date anything after now", () => {
    for (const a of assessments) {
      if (a.completedOn) expect(a.completedOn <= today).toBe(true);
      if (a.startedOn) expect(a.startedOn <= today).toBe(true);
      expect(Date.parse(a.updatedAt)).toBeLessThanOrEqual(fixtureNow.getTime());
      expect(Date.parse(a.createdAt)).toBeLessThanOrEqual(
        Date.parse(a.updatedAt),
      );
    }
  });
});
