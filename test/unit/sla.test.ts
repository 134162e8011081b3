import { describe, expect, it } from "vitest";
import { defaultSlaPolicy, slaDueAt, slaState } from "../../src/domain";

const received = "2026-11-21T08:00:00.000Z";

describe("service-level clocks", () => {
  it("gives a new report one hour to its first risk assessment", () => {
    expect(
      slaDueAt({
        status: "new",
        risk: null,
        receivedAt: received,
        firstAssessedAt: null,
      })?.toISOString(),
    ).toBe("2026-11-21T09:00:00.000Z");
  });

  it("once assessed, gives the report until the action deadline of its risk", () => {
    const assessed = "2026-11-21T08:30:00.000Z";
    const due = (risk: "immediate" | "high" | "medium" | "low") =>
      slaDueAt({
        status: "triage",
        risk,
        receivedAt: received,
        firstAssessedAt: assessed,
      })?.toISOString();
    expect(due("immediate")).toBe("2026-11-21T09:30:00.000Z");
    expect(due("high")).toBe("2026-11-22T08:30:00.000Z");
    expect(due("medium")).toBe("2026-11-24T08:30:00.000Z");
    expect(due("low")).toBe("2026-11-28T08:30:00.000Z");
  });

  it.each(["on_hold", "actioned", "closed"] as const)(
    "stops the clock while a report is %s",
    (status) => {
      expect(
        slaDueAt({
          status,
          risk: "high",
          receivedAt: received,
          firstAssessedAt: received,
        }),
      ).toBeNull();
    },
  );

  it("follows a changed policy", () => {
    const policy = { ...defaultSlaPolicy, assessWithinMinutes: 15 };
    expect(
      slaDueAt(
        {
          status: "new",
          risk: null,
          receivedAt: received,
          firstAssessedAt: null,
        },
        policy,
      )?.toISOString(),
    ).toBe("2026-11-21T08:15:00.000Z");
  });

  it("says in words how long is left or how late it is", () => {
    const now = new Date("2026-11-21T08:25:00.000Z");
    expect(slaState("2026-11-21T09:00:00.000Z", now)).toMatchObject({
      kind: "due",
      text: "Due in 35 min",
    });
    expect(slaState("2026-11-21T06:00:00.000Z", now)).toMatchObject({
      kind: "overdue",
      text: "Overdue by 2 h 25 min",
    });
    expect(slaState("2026-11-24T10:25:00.000Z", now)).toMatchObject({
      kind: "due",
      text: "Due in 3 d 2 h",
    });
    expect(slaState(null, now)).toEqual({ kind: "none" });
  });
});
