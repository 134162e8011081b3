// The mock checks what it sends against the contract, so a handler that drifts from the
// schemas fails loudly (500 and a console error) instead of teaching the app a wrong shape.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ReportSchema, type Report } from "../../src/domain";
import { contractResponse } from "../../mocks/handlers/contractResponse";
import { dataset } from "./support/demoFixture";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the mock's contract check", () => {
  it("passes a record that matches its schema through unchanged", async () => {
    const report = dataset.reports[0] as Report;
    const response = contractResponse(ReportSchema, report);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(report);
  });

  it("answers 500 and logs when a record does not match its schema", async () => {
    const logged = vi
      .spyOn(console, "error")
      .mockImplementation(() => undefined);
    const drifted = { ...(dataset.reports[0] as Report), risk: "severe" };
    const response = contractResponse(
      ReportSchema,
      drifted as unknown as Report,
    );
    expect(response.status).toBe(500);
    expect(response.headers.get("Content-Type")).toBe(
      "application/problem+json",
    );
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]?.[0])).toContain("risk");
  });
});
