// Hostile and odd values for requests: text (injection attempts, odd unicode, NUL, sizes no one
// expects), JSON of any shape, date-times at and beyond the edges, broken JSON, odd content types.
// schemaInputs.ts combines them with the OpenAPI schemas.
import fc from "fast-check";

export const weirdTexts = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "9".repeat(40),
  "' OR '1'='1",
  "1; drop table reports; --",
  "../../etc/passwd",
  "..\\..\\windows",
  "%",
  "%25",
  "%00",
  "_%\\",
  "<script>alert(1)</script>",
  '{"$gt":""}',
  "[]",
  "{}",
  "true",
  "\u202e\u0301\u200b",
  "\uFEFF",
  "\ud800 lone surrogate",
  "😀👩‍👩‍👧",
  "Llanfair­pwllgwyngyll",
  '"',
  "\\",
  "x".repeat(10_000),
];

/** Text a person or a script might type anywhere: odd constants, any unicode, ASCII noise. */
export const weirdText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...weirdTexts), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
);

/** Printable ASCII only: what a header can carry on the wire. */
export const headerText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", " ", "\t", "x".repeat(8_000), "é", "null", '"', ","),
);

/** Any JSON value, including the awkward ones. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 3 },
  { arbitrary: weirdText, weight: 1 },
  {
    arbitrary: fc.constantFrom(
      null,
      -1,
      0,
      1.5,
      1e308,
      -1e308,
      2 ** 31,
      2 ** 63,
      Number.MAX_SAFE_INTEGER + 2,
      [],
      {},
      [null],
      { "": "" },
    ),
    weight: 1,
  },
);

export const dateTimeTexts = fc.oneof(
  fc
    .date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2100-01-01T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "9999-12-31T23:59:59.999999999+23:59",
    "2024-02-29T12:00:00-23:59",
    "2026-02-30T00:00:00Z",
    "2026-13-01T00:00:00Z",
    "2026-01-01T24:00:00Z",
    "+275760-09-13T00:00:00.000Z",
    "2026-01-01",
    "yesterday",
    "1700000000000",
  ),
);

/** Date-times an ISO 8601 pattern accepts, from year 0 to 9999. */
export const validDateTimes = fc.oneof(
  fc
    .date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2030-01-01T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00+14:00",
    "0001-01-01T00:00:00Z",
    "1969-12-31T23:59:59.999Z",
    "9999-12-31T23:59:59Z",
    "2024-02-29T23:59:59.123456789+14:00",
    "2026-03-29T01:30:00-23:59",
  ),
);

export const dateTexts = fc.oneof(
  dateTimeTexts.map((text) => text.slice(0, 10)),
  fc.constantFrom(
    "0000-01-01",
    "9999-12-31",
    "2026-02-30",
    "2026-1-1",
    "today",
  ),
);

const deepArray = "[".repeat(20_000) + "]".repeat(20_000);
const deepObject = '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000);
export const overLimit = JSON.stringify({ text: "x".repeat(1_100_000) });

/** Body text that is not JSON although it says it is, or JSON nested deeper than anyone sends. */
export const brokenJson = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "}",
    "{'a':1}",
    '{"a":1,}',
    "NaN",
    "undefined",
    "\u0000",
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
    '"unterminated',
    "\uFEFF{}",
    deepArray,
    deepObject,
  ),
  fc.string({ maxLength: 50 }),
);

export const contentTypes = [
  "text/plain",
  "text/csv",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=latin1",
  "application/json; charset=utf-16",
  "application/problem+json",
  "application/merge-patch+json",
  "application/xml",
  "*/*",
  "json",
  ";",
];
