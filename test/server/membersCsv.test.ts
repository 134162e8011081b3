// A manager imports the register from a spreadsheet (every row valid, or nothing imported) and
// exports it, filtered, for a meeting; every export is audited.
import Papa from "papaparse";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberCsvExportColumns } from "../../src/domain";
import { rows } from "./dbQuery";
import { createTestApp, type TestApp } from "./testApp";

let t: TestApp;
let manager: string;
beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login("manager");
});
afterAll(() => t.close());

const header =
  "name,type,portId,contactName,contactRole,contactEmail,joinedOn,contactPhone,assetPackIssued,actAccess,newsletter,status";

function importCsv(
  body: string | object,
  cookie = manager,
  contentType = typeof body === "string" ? "text/csv" : "application/json",
) {
  return t.app.inject({
    method: "POST",
    url: "/api/members/import",
    headers: { cookie, "content-type": contentType },
    payload: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function memberNames(pattern: string): Promise<string[]> {
  return (
    await rows<{ name: string }>(
      t.db,
      sql`select name from members where name like ${pattern} order by name`,
    )
  ).map((r) => r.name);
}

describe("importing members from CSV", () => {
  it("imports nothing when any row is invalid, and names each failing row and column", async () => {
    const csv = [
      header,
      "Tay Import Ltd,port_facility,dundee,Robin Shaw,PFSO,robin.shaw@example.co.uk,2024-05-01,,yes,no,yes,active",
      "Tay Import Two Ltd,port_facility,dundee,Kim Lee,PFSO,not-an-email,2024-05-01,,maybe,no,yes,active",
      "Tay Import Three Ltd,spaceport,atlantis,Lee Kim,PFSO,lee.kim@example.co.uk,2024-05-01,,yes,no,yes,active",
      "Tay Import Ltd,port_facility,dundee,Robin Shaw,PFSO,robin.shaw@example.co.uk,2024-05-01,,yes,no,yes,active",
    ].join("\n");
    const response = await importCsv(csv);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain("Nothing was imported");
    expect(response.json().errors).toEqual([
      {
        field: "row 3.contactEmail",
        message:
          "contactEmail must be an email address such as pfso@port.example.co.uk",
      },
      {
        field: "row 3.assetPackIssued",
        message: "assetPackIssued must be true or false",
      },
      {
        field: "row 4.type",
        message: expect.stringContaining("type must be one of"),
      },
      {
        field: "row 5.name",
        message: "Tay Import Ltd at dundee is already in row 2",
      },
    ]);
    expect(await memberNames("Tay Import%")).toEqual([]);
  });

  it("reports an unknown port, a member already registered and a missing column", async () => {
    const [existing] = await rows<{ name: string; port_id: string }>(
      t.db,
      sql`select name, port_id from members order by name limit 1`,
    );
    const csv = [
      header,
      `Clyde Import Ltd,port_facility,atlantis,A B,PFSO,a.b@example.co.uk,2024-05-01,,,,,`,
      `${existing!.name},port_facility,${existing!.port_id},A B,PFSO,a.b@example.co.uk,2024-05-01,,,,,`,
    ].join("\n");
    const response = await importCsv(csv);
    expect(response.json().errors).toEqual([
      {
        field: "row 2.portId",
        message: expect.stringContaining("there is no port with id atlantis"),
      },
      {
        field: "row 3.name",
        message: `${existing!.name} is already registered at ${existing!.port_id}`,
      },
    ]);
    const noEmail = await importCsv(
      "name,type,portId,contactName,contactRole,joinedOn\nX,port_facility,dover,A,B,2024-01-01",
    );
    expect(noEmail.json().errors).toEqual([
      {
        field: "row 1.contactEmail",
        message: expect.stringContaining("the contactEmail column is missing"),
      },
    ]);
  });

  it("imports every row of a valid file in one go, with defaults for blank cells", async () => {
    const csv = [
      header,
      "Forth Import Ltd,terminal_operator,grangemouth,Jamie Reid,Security Manager,jamie.reid@example.co.uk,2023-02-01,01632 960123,yes,yes,no,lapsed",
      "Forth Import Two Ltd,security_provider,grangemouth,Ali Khan,PFSO,ali.khan@example.co.uk,2023-02-02,,,,,",
    ].join("\r\n");
    const response = await importCsv({ csv });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ imported: 2 });
    const imported = await rows<Record<string, unknown>>(
      t.db,
      sql`select name, status, asset_pack_issued, act_access, newsletter, contact_phone from members where name like 'Forth Import%' order by name`,
    );
    expect(imported).toEqual([
      {
        name: "Forth Import Ltd",
        status: "lapsed",
        asset_pack_issued: true,
        act_access: true,
        newsletter: false,
        contact_phone: "01632 960123",
      },
      {
        name: "Forth Import Two Ltd",
        status: "active",
        asset_pack_issued: false,
        act_access: false,
        newsletter: true,
        contact_phone: null,
      },
    ]);
    const audit = await rows<{ detail: { imported: number } }>(
      t.db,
      sql`select detail from audit_events where action = 'member.import'`,
    );
    expect(audit.map((a) => a.detail.imported)).toEqual([2]);
  });

  it("refuses an empty file and is refused to the desk", async () => {
    expect((await importCsv(`${header}\n`)).json().errors).toEqual([
      { field: "csv", message: "the CSV has a header but no member rows" },
    ]);
    const desk = await importCsv(`${header}\n`, await t.login("desk"));
    expect(desk.statusCode).toBe(403);
  });
});

describe("exporting the register", () => {
  it("exports the filtered register as CSV that reads back as the API's records, and audits it", async () => {
    const analyst = await t.login("analyst");
    const response = await t.app.inject({
      method: "GET",
      url: "/api/members/export.csv?nation=Wales&status=active",
      headers: { cookie: analyst },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="portsafe-members-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const parsed = Papa.parse<Record<string, string>>(
      response.body.replace(/^\uFEFF/, ""),
      { header: true, skipEmptyLines: true },
    );
    expect(parsed.meta.fields).toEqual([...memberCsvExportColumns]);
    const welsh = await rows<{ id: string; name: string }>(
      t.db,
      sql`select id, name from members where status = 'active' and port_id in (select id from ports where nation = 'Wales') order by name, id`,
    );
    expect(welsh.length).toBeGreaterThan(0);
    expect(parsed.data.map((row) => row.id)).toEqual(welsh.map((m) => m.id));

    const listed = (
      await t.app.inject({
        method: "GET",
        url: `/api/members/${welsh[0]!.id}`,
        headers: { cookie: analyst },
      })
    ).json();
    const first = parsed.data[0]!;
    expect(first.name).toBe(listed.name);
    expect(first.assetPackIssued).toBe(listed.assetPackIssued ? "yes" : "no");
    expect(first.assessmentState).toBe(listed.assessmentState);
    expect(first.nextReviewDue).toBe(listed.nextReviewDue ?? "");

    const [audit] = await rows<{
      actor_name: string;
      entity: string;
      detail: { rows: number; filters: object };
    }>(
      t.db,
      sql`select actor_name, entity, detail from audit_events where action = 'export' order by id desc limit 1`,
    );
    expect(audit).toEqual({
      actor_name: "analyst",
      entity: "members",
      detail: {
        rows: welsh.length,
        filters: { nation: ["Wales"], status: ["active"] },
      },
    });
  });

  it("defuses cells a spreadsheet would run as a formula", async () => {
    const csv = `${header}\n"=HYPERLINK(""http://x"")",port_facility,dover,A B,PFSO,a.b@example.co.uk,2024-05-01,,,,,`;
    expect((await importCsv(csv)).statusCode).toBe(200);
    const exported = await t.app.inject({
      method: "GET",
      url: "/api/members/export.csv?portId=dover&q=HYPERLINK",
      headers: { cookie: manager },
    });
    expect(exported.body).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
