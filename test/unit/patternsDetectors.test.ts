// The three detectors on small made-up histories, where the right answer is obvious by eye.
import { describe, expect, it } from "vitest";
import {
  detectPatterns,
  logPoissonTail,
  poissonSurprise,
  type PatternPortFact,
  type PatternReportFact,
  type ReportCategory,
} from "../../src/domain";
import { gridWindowStarts } from "../../src/domain/patterns/baseline";

const day = 86_400_000;
const start = Date.parse("2024-01-01T00:00:00Z");
const now = start + 730 * day;

/** Ports far apart (Dover, Liverpool, Aberdeen, Belfast) and two close together (Grangemouth, Rosyth). */
const ports: PatternPortFact[] = [
  { id: "dover", name: "Dover", lat: 51.12, lon: 1.33, nation: "England" },
  {
    id: "liverpool",
    name: "Liverpool",
    lat: 53.45,
    lon: -3.02,
    nation: "England",
  },
  {
    id: "aberdeen",
    name: "Aberdeen",
    lat: 57.14,
    lon: -2.08,
    nation: "Scotland",
  },
  {
    id: "belfast",
    name: "Belfast",
    lat: 54.62,
    lon: -5.9,
    nation: "Northern Ireland",
  },
  {
    id: "grangemouth",
    name: "Grangemouth",
    lat: 56.03,
    lon: -3.7,
    nation: "Scotland",
  },
  { id: "rosyth", name: "Rosyth", lat: 56.02, lon: -3.44, nation: "Scotland" },
];

let serial = 0;
function report(
  portId: string,
  at: number,
  category: ReportCategory = "drugs",
  entities: string[] = [],
): PatternReportFact {
  serial += 1;
  const id = `00000000-0000-4000-8000-${String(serial).padStart(12, "0")}`;
  return {
    id,
    portId,
    receivedAt: new Date(at).toISOString(),
    category,
    insiderType: null,
    entities,
  };
}

/** Two quiet years: one report of "other" a week at every port, one drugs report a month at the far ports. */
function quietYears(): PatternReportFact[] {
  const facts: PatternReportFact[] = [];
  for (let t = start; t < now; t += 7 * day)
    for (const p of ports) facts.push(report(p.id, t + 3600_000, "other"));
  for (let t = start; t < now; t += 30 * day)
    for (const p of ports.slice(0, 4)) facts.push(report(p.id, t + 7200_000));
  return facts;
}

const window = {
  from: new Date(start + 400 * day).toISOString(),
  to: new Date(now).toISOString(),
};
const burstAt = start + 600 * day;

function burst(
  portId: string,
  n: number,
  category: ReportCategory = "drugs",
  entities: string[] = [],
): PatternReportFact[] {
  return Array.from({ length: n }, (_, i) =>
    report(portId, burstAt + i * day + 5 * 3600_000, category, entities),
  );
}

describe("Poisson tails", () => {
  it("match hand-worked values", () => {
    expect(Math.exp(logPoissonTail(1, 1))).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(Math.exp(logPoissonTail(3, 0.5))).toBeCloseTo(0.014388, 5);
    expect(logPoissonTail(0, 3)).toBe(0);
  });

  it("stay finite far beyond what a double holds as 1 − CDF", () => {
    const surprise = poissonSurprise(40, 0.01);
    expect(surprise).toBeGreaterThan(100);
    expect(Number.isFinite(surprise)).toBe(true);
  });
});

describe("the weekly grid of scan windows", () => {
  it("starts on Mondays and covers the window", () => {
    const starts = gridWindowStarts(
      Date.parse("2026-03-04T00:00:00Z"),
      Date.parse("2026-03-25T00:00:00Z"),
      14,
    );
    expect(starts.every((s) => new Date(s).getUTCDay() === 1)).toBe(true);
    expect(new Date(starts[0]!).toISOString()).toBe("2026-02-23T00:00:00.000Z");
    expect(new Date(starts[starts.length - 1]!).toISOString()).toBe(
      "2026-03-23T00:00:00.000Z",
    );
  });
});

describe("a category rising at several ports", () => {
  it("is found when three far-apart ports rise in the same weeks", () => {
    const bursts = [
      ...burst("dover", 4),
      ...burst("liverpool", 4),
      ...burst("aberdeen", 4),
    ];
    const [rise, ...others] = detectPatterns({
      reports: [...quietYears(), ...bursts],
      ports,
      window,
    }).filter((p) => p.kind === "category_rise");
    expect(others).toEqual([]);
    expect(rise).toMatchObject({
      category: "drugs",
      portIds: ["aberdeen", "dover", "liverpool"],
      title: "Drugs rising at 3 ports",
    });
    // The evidence is every drugs report at those ports in the rising weeks: the burst and the usual one.
    expect(rise!.reportIds).toEqual(
      expect.arrayContaining(bursts.map((r) => r.id)),
    );
    expect(rise!.reportIds.length).toBeLessThanOrEqual(bursts.length + 3);
    expect(rise!.why).toMatch(/Dover \([45] against 0\.\d expected\)/);
  });

  it("is not raised for two ports, however sharp", () => {
    const facts = [
      ...quietYears(),
      ...burst("dover", 6),
      ...burst("liverpool", 6),
    ];
    expect(
      detectPatterns({ reports: facts, ports, window }).filter(
        (p) => p.kind === "category_rise",
      ),
    ).toEqual([]);
  });

  it("is not raised while the history is too short to know what is usual", () => {
    const young = {
      ...window,
      historyFrom: new Date(burstAt - 30 * day).toISOString(),
    };
    const facts = [
      ...quietYears(),
      ...burst("dover", 4),
      ...burst("liverpool", 4),
      ...burst("aberdeen", 4),
    ];
    expect(
      detectPatterns({ reports: facts, ports, window: young }).filter(
        (p) => p.kind === "category_rise",
      ),
    ).toEqual([]);
  });
});

describe("a name shared between ports", () => {
  it("links two reports at two ports naming the same registration", () => {
    const facts = [
      ...quietYears(),
      report("dover", burstAt, "theft_cargo_crime", ["AB12 CDE"]),
      report("belfast", burstAt + 3 * day, "drugs", ["ab12 cde"]),
    ];
    const [shared] = detectPatterns({ reports: facts, ports, window }).filter(
      (p) => p.kind === "shared_entity",
    );
    expect(shared).toMatchObject({
      entity: "AB12 CDE",
      portIds: ["belfast", "dover"],
      title: "AB12 CDE named at 2 ports",
    });
  });

  it("needs more than two mentions for a vessel, which ports see again and again", () => {
    const twice = [
      report("dover", burstAt, "drugs", ["MV Sea Lark"]),
      report("belfast", burstAt + 3 * day, "drugs", ["MV Sea Lark"]),
    ];
    expect(
      detectPatterns({
        reports: [...quietYears(), ...twice],
        ports,
        window,
      }).filter((p) => p.kind === "shared_entity"),
    ).toEqual([]);
    const thrice = [
      ...twice,
      report("aberdeen", burstAt + 5 * day, "drugs", ["MV Sea Lark"]),
    ];
    expect(
      detectPatterns({
        reports: [...quietYears(), ...thrice],
        ports,
        window,
      }).map((p) => p.entity),
    ).toContain("MV Sea Lark");
  });

  it("ignores a name mentioned as often as it always is", () => {
    const regular = Array.from({ length: 100 }, (_, i) =>
      report(i % 2 ? "dover" : "belfast", start + i * 7 * day, "other", [
        "MV Sea Lark",
      ]),
    );
    expect(
      detectPatterns({
        reports: [...quietYears(), ...regular],
        ports,
        window,
      }).filter((p) => p.kind === "shared_entity"),
    ).toEqual([]);
  });
});

describe("a cluster in space and time", () => {
  it("is found for reports at neighbouring ports within days", () => {
    const facts = [
      ...quietYears(),
      ...burst("grangemouth", 2, "terrorism_hostile_reconnaissance"),
      ...burst("rosyth", 2, "terrorism_hostile_reconnaissance"),
    ];
    const [cluster] = detectPatterns({ reports: facts, ports, window }).filter(
      (p) => p.kind === "space_time_cluster",
    );
    expect(cluster).toMatchObject({
      category: "terrorism_hostile_reconnaissance",
      portIds: ["grangemouth", "rosyth"],
    });
    expect(cluster!.why).toContain("within 40 km");
  });

  it("is not found when the same reports are hundreds of kilometres apart", () => {
    const facts = [
      ...quietYears(),
      ...burst("dover", 2, "terrorism_hostile_reconnaissance"),
      ...burst("aberdeen", 2, "terrorism_hostile_reconnaissance"),
    ];
    expect(
      detectPatterns({ reports: facts, ports, window }).filter(
        (p) => p.kind === "space_time_cluster",
      ),
    ).toEqual([]);
  });
});

describe("pattern ids", () => {
  const facts = [
    ...quietYears(),
    ...burst("dover", 4),
    ...burst("liverpool", 4),
    ...burst("aberdeen", 4),
  ];
  const [rise] = detectPatterns({ reports: facts, ports, window });

  it("do not depend on the order the reports come in", () => {
    expect(
      detectPatterns({ reports: [...facts].reverse(), ports, window })[0]!.id,
    ).toBe(rise!.id);
  });

  it("change when new evidence joins, so the pattern comes back for review", () => {
    const more = [
      ...facts,
      report("belfast", burstAt + 2 * day),
      report("belfast", burstAt + 3 * day),
      report("belfast", burstAt + 4 * day),
    ];
    const [grown] = detectPatterns({ reports: more, ports, window });
    expect(grown!.portIds).toContain("belfast");
    expect(grown!.id).not.toBe(rise!.id);
  });
});
