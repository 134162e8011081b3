import { describe, expect, it } from "vitest";
import {
  allowedTransitions,
  checkTransition,
  reportStatuses,
  reportTransitions,
  type Role,
} from "../../src/domain";

const desk: Role[] = ["desk"];

describe("the report state machine", () => {
  it("lets the desk start triage on a new report without a reason", () => {
    const outcome = checkTransition(
      { status: "new", risk: null },
      { to: "triage" },
      desk,
    );
    expect(outcome).toMatchObject({
      ok: true,
      rule: { from: "new", to: "triage" },
    });
  });

  it.each<Role>(["analyst", "manager", "admin"])(
    "refuses every move to the %s role",
    (role) => {
      const outcome = checkTransition(
        { status: "new", risk: null },
        { to: "triage" },
        [role],
      );
      expect(outcome).toMatchObject({ ok: false, kind: "forbidden" });
    },
  );

  it("accepts a desk officer who also holds another role", () => {
    expect(
      checkTransition({ status: "new", risk: null }, { to: "triage" }, [
        "analyst",
        "desk",
      ]).ok,
    ).toBe(true);
  });

  it("rejects a move the workflow does not have and lists the allowed ones", () => {
    const outcome = checkTransition(
      { status: "new", risk: null },
      { to: "actioned" },
      desk,
    );
    expect(outcome).toEqual({
      ok: false,
      kind: "invalid",
      message:
        "a report that is new cannot move to actioned; allowed: triage, closed",
      allowed: ["triage", "closed"],
    });
  });

  it("requires a reason and a closure reason to close", () => {
    const state = { status: "triage", risk: "low" } as const;
    expect(
      checkTransition(
        state,
        { to: "closed", closureReason: "duplicate" },
        desk,
      ),
    ).toMatchObject({
      ok: false,
      kind: "incomplete",
      message: "give a reason to close",
    });
    expect(
      checkTransition(state, { to: "closed", reason: "  " }, desk),
    ).toMatchObject({ ok: false, kind: "incomplete" });
    expect(
      checkTransition(
        state,
        { to: "closed", reason: "same as PS-2026-000001" },
        desk,
      ),
    ).toMatchObject({ ok: false, message: "choose a closure reason" });
    expect(
      checkTransition(
        state,
        {
          to: "closed",
          reason: "same as PS-2026-000001",
          closureReason: "duplicate",
        },
        desk,
      ).ok,
    ).toBe(true);
  });

  it("requires a reason to hold or reopen", () => {
    expect(
      checkTransition({ status: "triage", risk: null }, { to: "on_hold" }, desk)
        .ok,
    ).toBe(false);
    expect(
      checkTransition(
        { status: "triage", risk: null },
        { to: "on_hold", reason: "awaiting Crimestoppers follow-up" },
        desk,
      ).ok,
    ).toBe(true);
    expect(
      checkTransition({ status: "closed", risk: "low" }, { to: "triage" }, desk)
        .ok,
    ).toBe(false);
    expect(
      checkTransition(
        { status: "closed", risk: "low" },
        { to: "triage", reason: "new information" },
        desk,
      ).ok,
    ).toBe(true);
  });

  it("refuses a closure reason on a move that is not a closure", () => {
    const outcome = checkTransition(
      { status: "triage", risk: "low" },
      { to: "on_hold", reason: "wait", closureReason: "duplicate" },
      desk,
    );
    expect(outcome).toMatchObject({
      ok: false,
      message: "a closure reason is only given when closing",
    });
  });

  it("will not mark a report actioned before its risk is assessed", () => {
    expect(
      checkTransition(
        { status: "triage", risk: null },
        { to: "actioned" },
        desk,
      ),
    ).toMatchObject({
      ok: false,
      message: "assess the risk before marking the report actioned",
    });
    expect(
      checkTransition(
        { status: "triage", risk: "high" },
        { to: "actioned" },
        desk,
      ).ok,
    ).toBe(true);
  });

  it("has a way out of every status and a way back from closed", () => {
    for (const status of reportStatuses) {
      expect(allowedTransitions(status).length, status).toBeGreaterThan(0);
    }
    expect(allowedTransitions("closed")).toEqual(["triage"]);
  });

  it("never lists a move from a status to itself", () => {
    expect(reportTransitions.filter((t) => t.from === t.to)).toEqual([]);
  });
});
