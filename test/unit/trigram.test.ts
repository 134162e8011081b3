// The mock ranks duplicate suggestions with pg_trgm's similarity(). Every expected value below was
// read from PostgreSQL itself (pg_trgm 1.6 in PGlite: `select similarity(a, b)::float8`), so the
// mock's suggestions fall on the same side of the 0.3 line as the server's.
import { describe, expect, it } from "vitest";
import { textSimilarity, trigrams } from "../../mocks/trigram";

describe("trigrams as pg_trgm's show_trgm() makes them", () => {
  it("pads a word with two spaces in front and one behind", () => {
    expect([...trigrams("cat")].sort()).toEqual(["  c", " ca", "at ", "cat"]);
  });

  it("lower-cases, splits on anything but letters and digits, and keeps each trigram once", () => {
    expect([...trigrams("a B, a!")].sort()).toEqual([
      "  a",
      "  b",
      " a ",
      " b ",
    ]);
    expect(trigrams("")).toEqual(new Set());
  });
});

describe("similarity as pg_trgm computes it", () => {
  it.each([
    ["cat", "cat", 1],
    ["word", "two words", 0.3636363744735718],
    ["a b", "a c", 0.3333333432674408],
    [
      "Van seen filming the gate at night",
      "A van was filming the main gate overnight",
      0.5098039507865906,
    ],
    [
      "Crew member offered cash to ignore a container",
      "Crew member was offered cash to look away from a container",
      0.5967742204666138,
    ],
    [
      "Drone over the container stack",
      "Lorry driver asked about shift patterns",
      0.078125,
    ],
    [
      "Kestrel Freight lorry at Dover",
      "kestrel-freight LORRY, dover!!",
      0.9032257795333862,
    ],
    [
      "Hostile reconnaissance: man photographing CCTV cameras at berth 4",
      "Man photographing the CCTV cameras near berth 4 again",
      0.5,
    ],
    ["Ünïcode café déjà vu", "unicode cafe deja vu", 0.3125],
    ["", "abc", 0],
  ])("similarity(%j, %j) = %d", (a, b, expected) => {
    expect(textSimilarity(a, b)).toBe(expected);
    expect(textSimilarity(b, a)).toBe(expected);
  });
});
