// Hostile requests for one route of the OpenAPI document: who sends it (mostly a role the route
// lets in), the id in its address, its query, body and headers. See schemaInputs.ts for the values.
import fc from "fast-check";
import { memberCsvInputColumns, type Role } from "../../src/domain";
import { headerText, weirdText } from "./badInputs";
import {
  bodyFor,
  memberCsvFor,
  namedOr,
  queryValuesFor,
  type RequestBody,
  type SchemaContext,
} from "./schemaInputs";
import {
  accessRules,
  allRoles,
  fillPath,
  type DocumentedRoute,
  type JsonSchema,
} from "./openapiRoutes";

/** What the test file learnt from the running app: sessions and real ids. */
export interface FuzzSetting {
  context: SchemaContext;
  cookies: ReadonlyMap<Role, string>;
  /** A session of its own for the sign-out route, so signing out does not end the others. */
  spareSession: string;
  /** Real ids by resource (the path segment after /api/). */
  knownIds: ReadonlyMap<string, readonly string[]>;
  /** The body schema of POST /api/members: the rows of a member CSV. */
  memberSchema: JsonSchema;
}

export interface FuzzRequest {
  method: DocumentedRoute["method"];
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

/** A URL segment as a client would encode it (a lone surrogate becomes U+FFFD, as browsers do). */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/\p{Cs}/gu, "\uFFFD"));
}

const badCookies = fc.constantFrom(
  "portsafe_session=not-a-session",
  "portsafe_session=",
  `__Host-portsafe_session=${"x".repeat(5_000)}`,
  "portsafe_session=%E0%A4%A",
  'portsafe_session="quoted"; portsafe_session=twice',
  "=;;=",
  "__proto__=x",
);
const anonymous = fc.oneof(
  fc.constant({}),
  badCookies.map((cookie) => ({ cookie })),
);

function asRole(roles: readonly Role[], setting: FuzzSetting) {
  return fc
    .constantFrom(...roles)
    .map((role) => ({ cookie: setting.cookies.get(role)! }));
}

/** Who sends the request: mostly a role the route lets in; sometimes no one, or the wrong role. */
function callerFor(
  route: DocumentedRoute,
  setting: FuzzSetting,
): fc.Arbitrary<Record<string, string>> {
  const rule = accessRules[route.key]!;
  if (rule === "intake") {
    return fc.oneof(
      {
        arbitrary: fc.constant({ authorization: "Bearer demo-intake-key" }),
        weight: 6,
      },
      { arbitrary: anonymous, weight: 1 },
      { arbitrary: asRole(allRoles, setting), weight: 1 },
    );
  }
  if (route.key === "POST /api/auth/logout") {
    return fc.oneof(fc.constant({ cookie: setting.spareSession }), anonymous);
  }
  const allowed = rule === "public" ? allRoles : rule;
  const refused = allRoles.filter((role) => !allowed.includes(role));
  // An admitted caller would open a Server-Sent Events stream that never ends, so the stream is
  // sent only requests it must refuse; live.test.ts covers its admitted callers over real HTTP.
  if (route.key === "GET /api/events") {
    return fc.oneof(anonymous, asRole(refused, setting));
  }
  return fc.oneof(
    { arbitrary: asRole(allowed, setting), weight: 6 },
    { arbitrary: anonymous, weight: 1 },
    ...(refused.length > 0
      ? [{ arbitrary: asRole(refused, setting), weight: 1 }]
      : []),
  );
}

// No "." or ".." segments: inject, like any HTTP client, resolves them before sending, so
// /api/reports/../events would be the (endless) event stream rather than an odd id.
const rawSegments = fc.constantFrom(
  "%",
  "%zz",
  "%00",
  "a%2Fb",
  "%E0%A4%A",
  "%20",
  "+",
  "...",
  ";x",
);
const isDotSegment = (segment: string) => /^(\.|%2e){1,2}$/i.test(segment);

/** The value for the path's `{id}`: a real one, a well-formed stranger, or something odd. */
function pathIdFor(
  route: DocumentedRoute,
  setting: FuzzSetting,
): fc.Arbitrary<string> {
  if (!route.path.includes("{")) return fc.constant("");
  const ids = setting.knownIds.get(route.path.split("/")[2]!) ?? [];
  return fc.oneof(
    {
      arbitrary: ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid(),
      weight: 3,
    },
    { arbitrary: fc.uuid(), weight: 2 },
    {
      arbitrary: fc
        .oneof(weirdText, fc.integer().map(String), fc.bigInt().map(String))
        .map(encode)
        .filter((segment) => !isDotSegment(segment)),
      weight: 3,
    },
    { arbitrary: rawSegments, weight: 1 },
  );
}

/**
 * A query string. Strict: the required parameters and a few optional ones, each with a value
 * its schema accepts. Loose: any parameters, wrong values, unknown keys, broken encoding.
 */
function queryFor(
  route: DocumentedRoute,
  context: SchemaContext,
): fc.Arbitrary<string> {
  const params = (route.operation.parameters ?? []).filter(
    (p) => p.in === "query",
  );
  const pairsOf = (p: (typeof params)[number], strict: boolean) =>
    namedOr(
      p.name,
      context,
      queryValuesFor(p.schema ?? {}, context, strict),
      (v) => [String(v)],
    ).map((values) => values.map((v) => [p.name, v] as const));
  const window =
    params.some((p) => p.name === "from") &&
    params.some((p) => p.name === "to");
  const required = params.filter(
    (p) => p.required && !(window && ["from", "to"].includes(p.name)),
  );
  const optional = params.filter(
    (p) => !p.required && !(window && ["from", "to"].includes(p.name)),
  );
  const strict = fc
    .tuple(
      window ? windowPairs : fc.constant([]),
      fc.tuple(...required.map((p) => pairsOf(p, true))),
      fc
        .subarray(optional, { maxLength: Math.min(3, optional.length) })
        .chain((chosen) => fc.tuple(...chosen.map((p) => pairsOf(p, true)))),
    )
    .map(([w, a, b]) => [...w, ...a.flat(), ...b.flat()]);
  const known =
    params.length > 0
      ? fc.constantFrom(...params).chain((p) => pairsOf(p, false))
      : fc.constant([]);
  const unknownKey = fc.oneof(
    fc.constantFrom(
      "filter",
      "sort[0]",
      "__proto__",
      "constructor",
      "page[]",
      "_end",
    ),
    weirdText,
  );
  const unknown = fc.tuple(unknownKey, weirdText).map((pair) => [pair]);
  const loose = fc
    .array(
      fc.oneof(
        { arbitrary: known, weight: 5 },
        { arbitrary: unknown, weight: 1 },
      ),
      { maxLength: 4 },
    )
    .map((groups) => groups.flat());
  const rawTail = fc.option(
    fc.constantFrom("&", "=", "%", "&a=%zz", "&&==", "&a=1&a", ";"),
    { freq: 4 },
  );
  return fc.oneof(
    { arbitrary: strict.map((list) => render(list)), weight: 3 },
    {
      arbitrary: fc
        .tuple(loose, rawTail)
        .map(([list, tail]) => render(list) + (tail ?? "")),
      weight: 2,
    },
  );
}

/** A from/to window that usually satisfies the cross-field rules (from first, at most ~3 years). */
const windowPairs = fc
  .tuple(
    fc.date({
      min: new Date("2023-01-01T00:00:00Z"),
      max: new Date("2027-01-01T00:00:00Z"),
      noInvalidDate: true,
    }),
    fc.integer({ min: -5, max: 1_200 }),
  )
  .map(([from, days]) => [
    ["from", from.toISOString()] as const,
    ["to", new Date(from.getTime() + days * 86_400_000).toISOString()] as const,
  ]);

function render(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .map(([key, value]) => `${encode(key)}=${encode(value)}`)
    .join("&");
}

function bodyArbitrary(
  route: DocumentedRoute,
  { context, memberSchema }: FuzzSetting,
): fc.Arbitrary<RequestBody> {
  const schema =
    route.operation.requestBody?.content["application/json"]?.schema;
  if (route.key === "POST /api/members/import") {
    const csv = memberCsvFor(memberCsvInputColumns, memberSchema, context).map(
      (payload) => ({
        payload,
        contentType: "text/csv",
      }),
    );
    return fc.oneof(csv, bodyFor(schema, context));
  }
  if (schema) return bodyFor(schema, context);
  return fc.oneof(
    { arbitrary: fc.constant({}), weight: 4 },
    { arbitrary: bodyFor(undefined, context), weight: 1 },
  );
}

const oddHeaders = fc.record(
  {
    // Often a version a record really has, so some writes go through.
    "if-match": fc.oneof(
      {
        arbitrary: fc.integer({ min: 1, max: 4 }).map((v) => `"${v}"`),
        weight: 3,
      },
      {
        arbitrary: fc.constantFrom(
          '"0"',
          '"-1"',
          '"1.5"',
          '"99999999999999999999"',
          '"2147483648"',
          "*",
          'W/"1"',
          '"1", "2"',
          '""',
          "1",
          "",
        ),
        weight: 2,
      },
      { arbitrary: headerText, weight: 1 },
    ),
    "idempotency-key": fc.oneof(
      { arbitrary: fc.uuid(), weight: 3 },
      {
        arbitrary: fc.constantFrom("", " ", "k".repeat(255), "k".repeat(256)),
        weight: 1,
      },
      { arbitrary: headerText, weight: 1 },
    ),
    authorization: fc.oneof(
      fc.constantFrom(
        "Bearer",
        "Bearer ",
        "bearer demo-intake-key",
        "Bearer demo-intake-key extra",
        "Basic ZGVtbzpkZW1v",
        `Bearer ${"k".repeat(5_000)}`,
      ),
      headerText.map((text) => `Bearer ${text}`),
      headerText,
    ),
    accept: fc.constantFrom(
      "text/csv",
      "application/xml",
      "*/*",
      "text/event-stream",
      "",
    ),
    "x-portsafe-background": fc.constantFrom("1", "0", "yes", ""),
  },
  { requiredKeys: [] },
);

export function requestsFor(
  route: DocumentedRoute,
  setting: FuzzSetting,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      caller: callerFor(route, setting),
      id: pathIdFor(route, setting),
      query: queryFor(route, setting.context),
      body: bodyArbitrary(route, setting),
      headers: oddHeaders,
    })
    .map(({ caller, id, query, body, headers }) =>
      printable({
        method: route.method,
        url: fillPath(route.path, id) + (query ? `?${query}` : ""),
        headers: {
          ...headers,
          ...caller,
          ...(body.contentType ? { "content-type": body.contentType } : {}),
        },
        ...(body.payload === undefined ? {} : { payload: body.payload }),
      }),
    );
}

/** How fast-check prints a failing request: a megabyte body as its size, not its text. */
function printable(request: FuzzRequest): FuzzRequest {
  const shorten = (_key: string, value: unknown) =>
    typeof value === "string" && value.length > 300
      ? `${value.slice(0, 60)}… (${value.length} characters)`
      : value;
  return Object.assign(request, {
    [fc.toStringMethod]: () => JSON.stringify(request, shorten),
  });
}
