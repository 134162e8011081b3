// When a member's PSeMS review falls due, on fixed dates so every rule is pinned down.
import { describe, expect, it } from "vitest";
import {
  addMonthsToIsoDate,
  isCovered,
  londonDate,
  reviewState,
  reviewWarningFor,
  type ReviewCycleInput,
} from "../../src/domain";

const base: ReviewCycleInput = {
  lastCompletedOn: "2022-03-15",
  majorChangeOn: null,
  highRiskReportsOn: [],
  today: "2026-11-21",
};

describe("calendar arithmetic matches PostgreSQL's", () => {
  it("adds months, keeping the day or moving to the month's last day", () => {
    expect(addMonthsToIsoDate("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsToIsoDate("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsToIsoDate("2024-02-29", 60)).toBe("2029-02-28");
    expect(addMonthsToIsoDate("2026-05-31", -3)).toBe("2026-02-28");
    expect(addMonthsToIsoDate("2026-11-21", -12)).toBe("2025-11-21");
    expect(addMonthsToIsoDate("2026-10-15", 3)).toBe("2027-01-15");
  });

  it("dates an instant in the UK, in summer time too", () => {
    expect(londonDate("2026-06-01T23:30:00Z")).toBe("2026-06-02");
    expect(londonDate("2026-12-01T23:30:00Z")).toBe("2026-12-01");
  });
});

describe("a member's next review", () => {
  it("has none, and is 'never', until an assessment is completed", () => {
    expect(
      reviewState({
        ...base,
        lastCompletedOn: null,
        majorChangeOn: "2026-01-01",
        highRiskReportsOn: ["2026-02-01"],
      }),
    ).toEqual({
      lastAssessedOn: null,
      nextReviewDue: null,
      reviewTrigger: null,
      reviewWarning: null,
      assessmentState: "never",
    });
  });

  it("falls due five years after the last completed assessment", () => {
    expect(reviewState(base)).toEqual({
      lastAssessedOn: "2022-03-15",
      nextReviewDue: "2027-03-15",
      reviewTrigger: "cycle",
      reviewWarning: "6_months",
      assessmentState: "due_soon",
    });
  });

  it("follows a shorter cycle when the framework sets one", () => {
    expect(reviewState({ ...base, reviewCycleYears: 3 }).nextReviewDue).toBe(
      "2025-03-15",
    );
    expect(reviewState({ ...base, reviewCycleYears: 3 }).assessmentState).toBe(
      "overdue",
    );
  });

  it("is brought forward to three months after a major change recorded after the assessment", () => {
    const state = reviewState({ ...base, majorChangeOn: "2026-10-01" });
    expect(state).toMatchObject({
      nextReviewDue: "2027-01-01",
      reviewTrigger: "major_change",
      reviewWarning: "3_months",
      assessmentState: "due_soon",
    });
  });

  it("ignores a major change the assessment already took into account", () => {
    expect(
      reviewState({ ...base, majorChangeOn: "2022-03-15" }).reviewTrigger,
    ).toBe("cycle");
    expect(
      reviewState({ ...base, majorChangeOn: "2021-06-01" }).nextReviewDue,
    ).toBe("2027-03-15");
  });

  it("is brought forward by the first high-risk report at the port after the assessment", () => {
    const state = reviewState({
      ...base,
      highRiskReportsOn: [
        "2021-01-01",
        "2026-09-30",
        "2026-08-25",
        "2022-03-15",
      ],
    });
    expect(state).toMatchObject({
      nextReviewDue: "2026-11-25",
      reviewTrigger: "high_risk_report",
      reviewWarning: "3_months",
    });
  });

  it("becomes overdue the day after the due date, not on it", () => {
    const reported = { ...base, highRiskReportsOn: ["2026-08-21"] };
    expect(reviewState(reported)).toMatchObject({
      nextReviewDue: "2026-11-21",
      reviewWarning: "3_months",
      assessmentState: "due_soon",
    });
    expect(reviewState({ ...reported, today: "2026-11-22" })).toMatchObject({
      reviewWarning: "overdue",
      assessmentState: "overdue",
    });
  });

  it("takes the earliest trigger, naming the event on a tie with the cycle and the major change on a tie with a report", () => {
    expect(
      reviewState({
        ...base,
        highRiskReportsOn: ["2026-12-15"],
        today: "2026-12-20",
      }).reviewTrigger,
    ).toBe("high_risk_report");
    expect(
      reviewState({
        ...base,
        majorChangeOn: "2026-12-15",
        highRiskReportsOn: ["2026-12-15"],
        today: "2026-12-20",
      }).reviewTrigger,
    ).toBe("major_change");
    expect(
      reviewState({
        ...base,
        majorChangeOn: "2026-12-16",
        highRiskReportsOn: ["2026-12-15"],
        today: "2026-12-20",
      }).reviewTrigger,
    ).toBe("high_risk_report");
  });
});

describe("review warnings", () => {
  const due = "2027-06-30";
  it.each([
    ["2026-06-29", null],
    ["2026-06-30", "12_months"],
    ["2026-12-29", "12_months"],
    ["2026-12-30", "6_months"],
    ["2027-03-29", "6_months"],
    ["2027-03-30", "3_months"],
    ["2027-06-30", "3_months"],
    ["2027-07-01", "overdue"],
  ] as const)(
    "on %s, a review due on 2027-06-30 warns %s",
    (today, warning) => {
      expect(reviewWarningFor(due, today)).toBe(warning);
    },
  );

  it("counts a member as covered while current or due soon, not when overdue or never assessed", () => {
    expect([
      isCovered("current"),
      isCovered("due_soon"),
      isCovered("overdue"),
      isCovered("never"),
    ]).toEqual([true, true, false, false]);
  });
});
