// The benchmark seeds a million reports a chunk at a time; those reports must be exactly the demo
// generator's, in the same order, whatever the chunk size.
import { describe, expect, it } from "vitest";
import { generateDemoDataset, streamDemoDataset } from "../../demo";
import { fixtureNow } from "./support/demoFixture";

const options = { now: fixtureNow, reportCount: 3_000 };

describe("the streamed demo dataset", () => {
  const whole = generateDemoDataset(options);

  it.each([1, 997, 5_000])(
    "yields the generator's reports in %i-report chunks",
    (chunkSize) => {
      const stream = streamDemoDataset(options);
      const chunks = [...stream.reportChunks(chunkSize)];
      expect(chunks.every((chunk) => chunk.length <= chunkSize)).toBe(true);
      expect(stream.reportCount).toBe(whole.reports.length);
      expect(chunks.flat()).toEqual(whole.reports);
    },
  );

  it("has the same members, assessments and users", () => {
    const stream = streamDemoDataset(options);
    expect(stream.members).toEqual(whole.members);
    expect(stream.assessments).toEqual(whole.assessments);
    expect(stream.users).toEqual(whole.users);
  });
});
