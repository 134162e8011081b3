// Several officers changing one report at the same moment: every write either lands on the
// version it read or is refused with 409 and the current record — no update is ever lost.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
/** Eight officers: the four demo desk accounts, each signed in twice (two screens). */
let officers: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  const desks = ["desk", "desk2", "desk3", "desk4"];
  officers = await Promise.all([...desks, ...desks].map((u) => t.login(u)));
});
afterAll(() => t.close());

async function read(id: string, cookie: string): Promise<Report> {
  const response = await t.app.inject({
    method: "GET",
    url: `/api/reports/${id}`,
    headers: { cookie },
  });
  expect(response.statusCode).toBe(200);
  return response.json();
}

function patch(
  id: string,
  cookie: string,
  version: number,
  riskRationale: string,
) {
  return t.app.inject({
    method: "PATCH",
    url: `/api/reports/${id}`,
    headers: { cookie, "if-match": `"${version}"` },
    payload: { riskRationale },
  });
}

async function someReport(offset: number): Promise<string> {
  const [row] = await rows<{ id: string }>(
    t.db,
    sql`select id from reports where status = 'triage' order by id limit 1 offset ${offset}`,
  );
  return row!.id;
}

describe("officers updating one report at once", () => {
  it("lets exactly one of eight writes on the same version land; the rest get 409 with the winner's record", async () => {
    const id = await someReport(0);
    const start = await read(id, officers[0]!);
    const responses = await Promise.all(
      officers.map((cookie, i) =>
        patch(id, cookie, start.version, `Assessment by screen ${i}`),
      ),
    );
    const landed = responses.filter((r) => r.statusCode === 200);
    const refused = responses.filter((r) => r.statusCode === 409);
    expect(landed).toHaveLength(1);
    expect(refused).toHaveLength(officers.length - 1);
    const winner = landed[0]!.json() as Report;
    expect(winner.version).toBe(start.version + 1);
    for (const response of refused) {
      expect(response.headers["content-type"]).toContain(
        "application/problem+json",
      );
      expect(response.json().current).toMatchObject({
        version: winner.version,
        riskRationale: winner.riskRationale,
      });
    }
    expect(await read(id, officers[0]!)).toMatchObject({
      version: winner.version,
      riskRationale: winner.riskRationale,
    });
  });

  it("loses no update when each officer re-reads and re-applies after a 409", async () => {
    const id = await someReport(1);
    const start = await read(id, officers[0]!);
    let conflicts = 0;
    // Each officer adds a line to the rationale, retrying on the current record until it lands.
    await Promise.all(
      officers.map(async (cookie, i) => {
        let current = await read(id, cookie);
        for (let attempt = 0; attempt < 50; attempt++) {
          const lines = (current.riskRationale ?? "")
            .split("\n")
            .filter(Boolean);
          const response = await patch(
            id,
            cookie,
            current.version,
            [...lines, `line from screen ${i}`].join("\n"),
          );
          if (response.statusCode === 200) return;
          expect(response.statusCode).toBe(409);
          conflicts++;
          current = response.json().current as Report;
        }
        throw new Error(`screen ${i} never got its change in`);
      }),
    );
    const final = await read(id, officers[0]!);
    expect(final.version).toBe(start.version + officers.length);
    const lines = (final.riskRationale ?? "").split("\n");
    for (let i = 0; i < officers.length; i++)
      expect(lines).toContain(`line from screen ${i}`);
    // The race was real: some writes had to be refused and re-applied.
    expect(conflicts).toBeGreaterThan(0);
  });
});
