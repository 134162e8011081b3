// Small-count suppression for figures shared outside the desk (DESIGN.md §7): counts of 1–4 are
// hidden, and so is whatever would let someone work a hidden count out by subtraction.
import { describe, expect, it } from "vitest";
import {
  applySuppression,
  countsToHide,
  formatCount,
  suppressionForced,
} from "../../src/domain";

describe("countsToHide", () => {
  it("hides every count from 1 to 4 and keeps zeros and counts of 5 or more", () => {
    expect(countsToHide([0, 1, 4, 5, 12], [])).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it("hides the next smallest count when a row would otherwise give its one small count away", () => {
    // Row 3 + 7 + 9 = 19: with only the 3 hidden, 19 − 7 − 9 reveals it, so the 7 goes too.
    const hidden = countsToHide(
      [3, 7, 9, 19],
      [{ total: 3, parts: [0, 1, 2] }],
    );
    expect(hidden).toEqual([true, true, false, false]);
  });

  it("hides the total when nothing else in the row could cover for the small count", () => {
    expect(
      countsToHide([2, 0, 0, 2], [{ total: 3, parts: [0, 1, 2] }]),
    ).toEqual([true, false, false, true]);
  });

  it("follows a hidden count into every sum it belongs to", () => {
    // Two ports (3+9=12, 8+6=14) in one force (26). Hiding the 3 hides the 8's row partner… and
    // the port totals it touches, until no sum is left with exactly one unknown.
    const counts = [3, 9, 8, 6, 12, 14, 26];
    const sums = [
      { total: 4, parts: [0, 1] },
      { total: 5, parts: [2, 3] },
      { total: 6, parts: [4, 5] },
    ];
    const hidden = countsToHide(counts, sums);
    for (const { total, parts } of sums)
      expect([total, ...parts].filter((i) => hidden[i]).length).not.toBe(1);
    expect(hidden[0]).toBe(true);
  });
});

describe("applySuppression and formatCount", () => {
  it("leave counts alone when suppression is off", () => {
    expect(applySuppression([1, 2, 3], [], false)).toEqual([1, 2, 3]);
  });

  it("turn hidden counts into null, which reads as <5 in a table or a CSV", () => {
    const cells = applySuppression([1, 5], [], true);
    expect(cells).toEqual([null, 5]);
    expect(cells.map(formatCount)).toEqual(["<5", "5"]);
  });
});

describe("suppressionForced", () => {
  it("is on for a manager and off for the desk and analysts, whatever else they hold", () => {
    expect(suppressionForced(["manager"])).toBe(true);
    expect(suppressionForced(["manager", "analyst"])).toBe(false);
    expect(suppressionForced(["desk"])).toBe(false);
  });
});
