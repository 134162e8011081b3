// Statistical disclosure control for figures shared outside the desk (DESIGN.md §7, issue #14):
// every published count is rounded to base 5 on its own, 1–4 shown as "<5", 0 kept as 0.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatCount,
  protectCount,
  protectCounts,
  publishedCount,
  suppression,
  suppressionForced,
} from "../../src/domain";

describe("publishedCount", () => {
  it("keeps 0 as 0: a protected value is never shown as 0, and a true 0 is", () => {
    expect(publishedCount(0)).toBe(0);
  });

  it("shows 1 to 4 as <5 (null)", () => {
    expect([1, 2, 3, 4].map(publishedCount)).toEqual([null, null, null, null]);
    expect(formatCount(publishedCount(3))).toBe("<5");
  });

  it("rounds the rest to the nearest multiple of 5", () => {
    expect([5, 6, 7].map(publishedCount)).toEqual([5, 5, 5]);
    expect([8, 10, 12].map(publishedCount)).toEqual([10, 10, 10]);
    expect([13, 15, 17].map(publishedCount)).toEqual([15, 15, 15]);
    expect(publishedCount(18)).toBe(20);
  });

  it("rounds large counts the same way", () => {
    expect(publishedCount(1_234_567)).toBe(1_234_565);
    expect(publishedCount(1_234_568)).toBe(1_234_570);
    expect(publishedCount(999_998)).toBe(1_000_000);
  });

  it("is idempotent on multiples of 5 and never more than 2 away from the truth", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 10_000_000 }), (n) => {
        const shown = publishedCount(n)!;
        expect(shown % 5).toBe(0);
        expect(Math.abs(shown - n)).toBeLessThanOrEqual(2);
        expect(publishedCount(shown)).toBe(shown);
      }),
    );
  });

  it("makes every sum or difference of published counts a multiple of 5, never 1 to 4", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 500 }), { minLength: 2, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (counts, signs) => {
          const shown = counts
            .map(publishedCount)
            .filter((c): c is number => c !== null);
          const combined = shown.reduce(
            (sum, c, i) => sum + (signs[i] ? c : -c),
            0,
          );
          expect(Math.abs(combined) % 5).toBe(0);
        },
      ),
    );
  });
});

describe("protectCount and protectCounts", () => {
  it("leave counts exact when protection is off", () => {
    expect(protectCounts([1, 2, 3, 8], false)).toEqual([1, 2, 3, 8]);
    expect(protectCount(4, false)).toBe(4);
  });

  it("protect each count on its own, a total from its own true value", () => {
    // Parts 3 + 7 + 9 = 19: published <5, 5 and 10, and the total 20, not 15 or "<5".
    expect(protectCounts([3, 7, 9, 19], true)).toEqual([null, 5, 10, 20]);
  });
});

describe("the method as the API describes it", () => {
  it("names rounding to base 5 and says parts may not add up to the total", () => {
    expect(suppression(true)).toEqual({
      applied: true,
      method: "round-5",
      base: 5,
      smallLabel: "<5",
      note: "Counts rounded to the nearest 5; 1–4 shown as <5; totals rounded separately, so parts may not add up to the total.",
    });
    expect(suppression(false).applied).toBe(false);
  });
});

describe("suppressionForced", () => {
  it("is on for a manager and off for the desk and analysts, whatever else they hold", () => {
    expect(suppressionForced(["manager"])).toBe(true);
    expect(suppressionForced(["manager", "analyst"])).toBe(false);
    expect(suppressionForced(["desk"])).toBe(false);
  });
});
