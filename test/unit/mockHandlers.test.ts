// The msw handlers answer exactly as the API does: sign-in, 401/403 by role, and the list
// convention (paging, sorting, any-of filters, 400 naming the bad field).
import { describe, expect, it } from "vitest";
import { riskLevels, type Report } from "../../src/domain";
import {
  api,
  expectProblem,
  jsonInit,
  mockDb,
  useMockServer,
} from "./support/mockApi";

useMockServer();

async function listReports(
  query: string,
): Promise<{ data: Report[]; total: number }> {
  const response = await api(`/reports?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { data: Report[]; total: number };
}

describe("signing in to the mock API", () => {
  it("reports health without a session", async () => {
    const response = await api("/health");
    expect(await response.json()).toEqual({ status: "ok", database: "pglite" });
  });

  it("refuses a wrong password and an unknown user with the same message", async () => {
    const wrongPassword = await expectProblem(
      await api(
        "/auth/login",
        jsonInit("POST", { username: "desk", password: "guess" }),
      ),
      401,
    );
    const unknownUser = await expectProblem(
      await api(
        "/auth/login",
        jsonInit("POST", { username: "nobody", password: "portsafe-demo" }),
      ),
      401,
    );
    expect(wrongPassword.detail).toBe(
      "The username or password is not right. Check them and try again.",
    );
    expect(unknownUser.detail).toBe(wrongPassword.detail);
  });

  it("accepts the username in any case, as the server does", async () => {
    const login = await api(
      "/auth/login",
      jsonInit("POST", { username: "Desk", password: "portsafe-demo" }),
    );
    expect(login.status).toBe(200);
    expect(((await login.json()) as { username: string }).username).toBe(
      "desk",
    );
  });

  it("rejects an unknown field in the login body, naming it", async () => {
    const problem = await expectProblem(
      await api(
        "/auth/login",
        jsonInit("POST", {
          username: "desk",
          password: "portsafe-demo",
          remember: true,
        }),
      ),
      400,
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(["remember"]);
  });

  it("signs the analyst in, says who is signed in, and signs out", async () => {
    // The mock API is demo mode, where no second factor is asked for.
    const analyst = {
      ...mockDb.users.find((u) => u.username === "analyst"),
      mfa: "done",
    };
    const login = await api(
      "/auth/login",
      jsonInit("POST", { username: "analyst", password: "portsafe-demo" }),
    );
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual(analyst);
    expect(await (await api("/auth/me")).json()).toEqual(analyst);
    expect((await api("/auth/logout", { method: "POST" })).status).toBe(204);
    await expectProblem(await api("/auth/me"), 401);
  });
});

describe("access to resources in the mock API", () => {
  it("answers 401 to every resource without a session", async () => {
    for (const path of [
      "/reports",
      "/ports",
      "/members",
      "/assessments",
      "/users",
    ]) {
      const problem = await expectProblem(await api(path), 401);
      expect(problem.type).toBe("urn:portsafe:problem:unauthenticated");
    }
  });

  it("keeps report text from the manager (403) but shows the member register", async () => {
    mockDb.signInAs("manager");
    const problem = await expectProblem(await api("/reports"), 403);
    expect(problem.type).toBe("urn:portsafe:problem:forbidden");
    await expectProblem(await api(`/reports/${mockDb.reports[0]?.id}`), 403);
    expect((await api("/members")).status).toBe(200);
    expect((await api("/assessments")).status).toBe(200);
  });
});

describe("listing reports in the mock API", () => {
  it("pages 25 at a time in the order asked for, with the full total", async () => {
    mockDb.signInAs("desk");
    const expected = [...mockDb.reports]
      .sort(
        (a, b) =>
          b.receivedAt.localeCompare(a.receivedAt) || b.id.localeCompare(a.id),
      )
      .slice(25, 50)
      .map((r) => r.reference);
    const page = await listReports(
      "page=2&perPage=25&sort=receivedAt&order=desc",
    );
    expect(page.total).toBe(mockDb.reports.length);
    expect(page.data).toHaveLength(25);
    expect(page.data.map((r) => r.reference)).toEqual(expected);
  });

  it("refuses perPage above 100, an unknown sort and an unknown filter with 400 naming the field", async () => {
    mockDb.signInAs("desk");
    const tooMany = await expectProblem(
      await api("/reports?perPage=1000"),
      400,
    );
    expect(tooMany.errors).toEqual([
      { field: "perPage", message: "perPage must be at most 100" },
    ]);
    expect(tooMany.detail).toContain("perPage: perPage must be at most 100");
    const badSort = await expectProblem(await api("/reports?sort=bogus"), 400);
    expect(badSort.errors?.map((e) => e.field)).toEqual(["sort"]);
    const badFilter = await expectProblem(
      await api("/reports?colour=red"),
      400,
    );
    expect(badFilter.errors?.map((e) => e.field)).toEqual(["colour"]);
    const badStatus = await expectProblem(
      await api("/reports?status=new&status=lost"),
      400,
    );
    expect(badStatus.errors?.[0]?.field).toBe("status.1");
  });

  it("filters by any of several statuses", async () => {
    mockDb.signInAs("analyst");
    const wanted = mockDb.reports.filter(
      (r) => r.status === "new" || r.status === "triage",
    );
    const page = await listReports("status=new&status=triage&perPage=100");
    expect(page.total).toBe(wanted.length);
    expect(
      page.data.every((r) => r.status === "new" || r.status === "triage"),
    ).toBe(true);
  });

  it("sorts by urgency with unassessed reports last in both directions", async () => {
    mockDb.signInAs("desk");
    const open = mockDb.reports.filter((r) => r.status === "triage");
    const assessed = open.filter((r) => r.risk !== null);
    expect(assessed.length).toBeGreaterThan(0);
    expect(assessed.length).toBeLessThan(open.length);
    const rank = (r: Report) => riskLevels.indexOf(r.risk ?? "low");
    const ascending = [...assessed].sort(
      (a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id),
    );
    const asc = await listReports(
      "status=triage&sort=risk&order=asc&perPage=100",
    );
    expect(asc.data.map((r) => r.id)).toEqual([
      ...ascending.map((r) => r.id),
      ...open
        .filter((r) => r.risk === null)
        .map((r) => r.id)
        .sort(),
    ]);
    const desc = await listReports(
      "status=triage&sort=risk&order=desc&perPage=100",
    );
    expect(desc.data.slice(0, assessed.length).map((r) => r.risk)).toEqual(
      [...assessed].sort((a, b) => rank(b) - rank(a)).map((r) => r.risk),
    );
    expect(desc.data.slice(assessed.length).every((r) => r.risk === null)).toBe(
      true,
    );
  });

  it("filters by nation through the port, by text, and by a half-open time window", async () => {
    mockDb.signInAs("analyst");
    const scottishPorts = new Set(
      mockDb.ports.filter((p) => p.nation === "Scotland").map((p) => p.id),
    );
    const scottish = await listReports("nation=Scotland&perPage=100");
    expect(scottish.total).toBe(
      mockDb.reports.filter((r) => scottishPorts.has(r.portId)).length,
    );
    expect(scottish.data.every((r) => scottishPorts.has(r.portId))).toBe(true);

    const mentions = mockDb.reports.filter((r) =>
      `${r.summary} ${r.details}`.toLowerCase().includes("northern tern"),
    );
    expect((await listReports("q=NORTHERN%20tern")).total).toBe(
      mentions.length,
    );

    const pivot = mockDb.reports[100];
    const from = await listReports(
      `receivedFrom=${encodeURIComponent(pivot?.receivedAt ?? "")}&perPage=100&sort=receivedAt&order=asc`,
    );
    expect(from.data[0]?.id).toBe(pivot?.id);
    const to = await listReports(
      `receivedTo=${encodeURIComponent(pivot?.receivedAt ?? "")}&perPage=1`,
    );
    expect(to.total).toBe(
      mockDb.reports.filter((r) => r.receivedAt < (pivot?.receivedAt ?? ""))
        .length,
    );
  });
});

describe("other resources in the mock API", () => {
  it("fetches many ports by id, as react-admin's getMany does", async () => {
    mockDb.signInAs("manager");
    const response = await api(
      "/ports?id=dover&id=felixstowe&sort=name&order=asc",
    );
    const body = (await response.json()) as {
      data: { id: string }[];
      total: number;
    };
    expect(body.data.map((p) => p.id)).toEqual(["dover", "felixstowe"]);
    expect(body.total).toBe(2);
  });

  it("lists users by role and shows one user", async () => {
    mockDb.signInAs("admin");
    const desk = (await (
      await api("/users?role=desk&sort=username&order=asc")
    ).json()) as { data: { username: string }[] };
    expect(desk.data.map((u) => u.username)).toEqual([
      "desk",
      "desk2",
      "desk3",
      "desk4",
    ]);
    const analyst = mockDb.users.find((u) => u.username === "analyst");
    expect(await (await api(`/users/${analyst?.id}`)).json()).toEqual(analyst);
  });

  it("shows one member with its version as ETag, and 404s an unknown id", async () => {
    mockDb.signInAs("manager");
    const member = mockDb.members[3];
    const response = await api(`/members/${member?.id}`);
    expect(response.headers.get("ETag")).toBe(`"${member?.version}"`);
    expect(await response.json()).toEqual(member);
    const problem = await expectProblem(
      await api("/members/00000000-0000-4000-8000-000000000000"),
      404,
    );
    expect(problem.detail).toContain("00000000-0000-4000-8000-000000000000");
  });
});
