// The mock checks what it sends against the contract, so a handler that drifts from the
// schemas fails loudly (500 and a console error) instead of teaching the app a wrong shape.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  QueueCountsSchema,
  ReferralListResponseSchema,
  ReportEventListResponseSchema,
  ReportSchema,
  ReportViewersResponseSchema,
  SimilarReportSchema,
  SlaPolicySchema,
  type Report,
} from "../../src/domain";
import { contractResponse } from "../../mocks/handlers/contractResponse";
import { dataset } from "./support/demoFixture";
import { api, jsonInit, mockDb, useMockServer } from "./support/mockApi";

useMockServer();

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

describe("the workflow endpoints against the contract", () => {
  it("answer every read with a body the contract accepts, and log no drift", async () => {
    const logged = vi.spyOn(console, "error");
    mockDb.signInAs("desk");
    const report = mockDb.reports.find((r) => r.status === "triage") as Report;
    await api(
      `/reports/${report.id}/notes`,
      jsonInit("POST", { text: "Seen" }),
    );
    await api(
      `/reports/${report.id}/referrals`,
      jsonInit("POST", { targetKind: "agency", targetName: "Border Force" }),
    );
    await api(`/reports/${report.id}/viewers`, { method: "PUT" });
    const reads: [string, z.ZodType][] = [
      ["/reports/queues", QueueCountsSchema],
      [`/reports/${report.id}/events`, ReportEventListResponseSchema],
      [
        `/reports/${report.id}/similar`,
        z.object({ data: z.array(SimilarReportSchema) }).strict(),
      ],
      ["/referrals", ReferralListResponseSchema],
      [`/reports/${report.id}/viewers`, ReportViewersResponseSchema],
      ["/settings/sla", SlaPolicySchema],
    ];
    for (const [path, schema] of reads) {
      const response = await api(path);
      expect(response.status, path).toBe(200);
      expect(schema.safeParse(await response.json()).success, path).toBe(true);
    }
    expect(logged).not.toHaveBeenCalled();
  });
});
