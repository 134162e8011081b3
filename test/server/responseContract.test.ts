// The workflow endpoints answer every read with a body the contract (src/domain's schemas)
// accepts, after the writes that fill them: a note, a referral, a viewer; and a record that has
// drifted from the contract is never sent: the answer is a 500 problem instead.
// (Ported from the mock API's contract test, issue #12.)
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  QueueCountsSchema,
  ReferralListResponseSchema,
  ReportEventListResponseSchema,
  ReportViewersResponseSchema,
  SimilarReportSchema,
  SlaPolicySchema,
} from "../../src/domain";
import { call, expectProblem, reportWhere } from "./apiCalls";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the workflow endpoints against the contract", () => {
  it("answer every read with a body the contract accepts", async () => {
    const desk = await t.login("desk");
    const report = await reportWhere(t, desk, sql`status = 'triage'`);
    const writes = [
      await call(t, desk, "POST", `/api/reports/${report.id}/notes`, {
        text: "Seen",
      }),
      await call(t, desk, "POST", `/api/reports/${report.id}/referrals`, {
        targetKind: "agency",
        targetName: "Border Force",
      }),
      await call(t, desk, "PUT", `/api/reports/${report.id}/viewers`),
    ];
    expect(writes.map((w) => w.statusCode)).toEqual([201, 201, 200]);
    // Another officer has it open too, so the viewers list is not empty.
    const desk2 = await t.login("desk2");
    await call(t, desk2, "PUT", `/api/reports/${report.id}/viewers`);
    const reads: [string, z.ZodType][] = [
      ["/api/reports/queues", QueueCountsSchema],
      [`/api/reports/${report.id}/events`, ReportEventListResponseSchema],
      [
        `/api/reports/${report.id}/similar`,
        z.object({ data: z.array(SimilarReportSchema) }).strict(),
      ],
      ["/api/referrals", ReferralListResponseSchema],
      [`/api/reports/${report.id}/viewers`, ReportViewersResponseSchema],
      ["/api/settings/sla", SlaPolicySchema],
    ];
    for (const [path, schema] of reads) {
      const response = await call(t, desk, "GET", path);
      expect(response.statusCode, path).toBe(200);
      const parsed = schema.safeParse(response.json());
      expect(parsed.success, `${path}: ${parsed.error?.message}`).toBe(true);
    }
  });
});

describe("a record that does not match its schema", () => {
  it("is answered with 500 and a problem, not sent as it is", async () => {
    const desk = await t.login("desk");
    const report = await reportWhere(t, desk, sql`status = 'new'`);
    // A version below 1 breaks ReportSchema; the database itself does not forbid it.
    await t.db.execute(
      sql`update reports set version = 0 where id = ${report.id}`,
    );
    const problem = expectProblem(
      await call(t, desk, "GET", `/api/reports/${report.id}`),
      500,
    );
    expect(problem).toMatchObject({
      type: "urn:portsafe:problem:internal",
      detail:
        "The server produced an invalid response; the error has been logged.",
    });
    expect(JSON.stringify(problem)).not.toContain(report.summary);
  });
});
