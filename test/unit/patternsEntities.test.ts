// Entity extraction: the vessels, companies and vehicle registrations that link reports.
import { describe, expect, it } from "vitest";
import { entityKey, entityKind, extractEntities } from "../../src/domain";
import { dataset } from "./support/demoFixture";

describe("extractEntities", () => {
  it("finds a vessel by its prefix and stops at the first lower-case word", () => {
    expect(
      extractEntities(
        "A lasher is under pressure to help take bags off MV Northern Tern when she berths.",
      ),
    ).toEqual(["MV Northern Tern"]);
  });

  it("keeps roman numerals and numbers in a vessel's name", () => {
    expect(
      extractEntities(
        "MV Stella Maris II was alongside; FV Ocean Harvest 2 too.",
      ),
    ).toEqual(["MV Stella Maris II", "FV Ocean Harvest 2"]);
  });

  it("reads M/V as MV", () => {
    expect(extractEntities("Bags came off M/V Baltic Heron.")).toEqual([
      "MV Baltic Heron",
    ]);
  });

  it("finds a company and spells Limited and plc one way", () => {
    expect(
      extractEntities(
        "Trailers hauled by Kestrel Freight Limited and audited by Harbour Holdings plc.",
      ),
    ).toEqual(["Kestrel Freight Ltd", "Harbour Holdings PLC"]);
  });

  it("drops a sentence-start word from a company name", () => {
    expect(
      extractEntities("The Kestrel Freight Ltd lorries wait at Gate 4."),
    ).toEqual(["Kestrel Freight Ltd"]);
  });

  it("finds a UK registration written with or without a space, in either case", () => {
    expect(
      extractEntities(
        "A van registered ab12cde met a car, AB12 CDE, and a lorry XY69 ZZA.",
      ),
    ).toEqual(["AB12 CDE", "XY69 ZZA"]);
  });

  it("ignores container numbers, times and gate names", () => {
    expect(
      extractEntities(
        "Container MSCU 123456 7 left Gate 4 at 23:15 from berth 12.",
      ),
    ).toEqual([]);
  });

  it("names each entity once per text", () => {
    expect(extractEntities("MV Sea Lark berthed. MV SEA LARK left.")).toEqual([
      "MV Sea Lark",
    ]);
  });

  it("finds the shared entity in every report of the demo campaigns that have one", () => {
    for (const campaign of dataset.campaigns.filter((c) => c.entity)) {
      for (const id of campaign.reportIds) {
        const report = dataset.reports.find((r) => r.id === id)!;
        expect(
          extractEntities(`${report.summary} ${report.details}`),
          report.reference,
        ).toContain(campaign.entity);
      }
    }
  });
});

describe("entityKey and entityKind", () => {
  it("treat case and spacing as the same entity", () => {
    expect(entityKey("MV  Sea Lark")).toBe(entityKey("mv sea lark"));
  });

  it("tell vessels, companies and vehicles apart", () => {
    expect(
      [
        "MV Sea Lark",
        "FV Bonny Lass",
        "Kestrel Freight Ltd",
        "Harbour Holdings PLC",
        "AB12 CDE",
      ].map(entityKind),
    ).toEqual(["vessel", "vessel", "company", "company", "vehicle"]);
  });
});
