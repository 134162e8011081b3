// fast-check arbitraries driven by the OpenAPI schemas: values a schema accepts (at its edges, so
// some requests reach the handlers and the database) mixed with the hostile values of
// badInputs.ts, wrong types and keys the schema does not allow.
import fc from "fast-check";
import Papa from "papaparse";
import {
  anyJson,
  brokenJson,
  contentTypes,
  dateTexts,
  dateTimeTexts,
  overLimit,
  validDateTimes,
  weirdText,
  weirdTexts,
} from "./badInputs";
import type { JsonSchema } from "./openapiRoutes";

export interface SchemaContext {
  /** Looks up `#/components/schemas/<name>`. */
  resolve(ref: string): JsonSchema;
  /** Real record ids, so a well-formed uuid sometimes names something that exists. */
  knownIds: readonly string[];
  /** Real values by field name (portId → port ids, …), so requests get past "no such port". */
  named: Readonly<Record<string, readonly unknown[]>>;
}

/** A field's values: often a real one when its name is known, otherwise what `fallback` makes. */
export function namedOr<T>(
  name: string,
  context: SchemaContext,
  fallback: fc.Arbitrary<T>,
  wrap: (value: unknown) => T = (value) => value as T,
): fc.Arbitrary<T> {
  const real = context.named[name];
  if (!real || real.length === 0) return fallback;
  return fc.oneof(
    { arbitrary: fc.constantFrom(...real).map(wrap), weight: 2 },
    { arbitrary: fallback, weight: 1 },
  );
}

function numbers(schema: JsonSchema, strict: boolean): fc.Arbitrary<number> {
  const integer = schema.type === "integer";
  const min = schema.minimum ?? (integer ? -(2 ** 31) : -1e9);
  const max = schema.maximum ?? (integer ? 2 ** 31 - 1 : 1e9);
  if (strict) {
    return fc.oneof(
      fc.constantFrom(min, max),
      integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }),
    );
  }
  return fc.oneof(
    fc.constantFrom(
      0,
      -1,
      1,
      0.5,
      -0,
      1e21,
      2 ** 31,
      2 ** 63,
      min - 1,
      max + 1,
    ),
    integer ? fc.integer() : fc.double({ noNaN: true }),
  );
}

function strings(
  schema: JsonSchema,
  context: SchemaContext,
  strict: boolean,
): fc.Arbitrary<string> {
  if (schema.format === "uuid") {
    return context.knownIds.length > 0
      ? fc.oneof(fc.uuid(), fc.constantFrom(...context.knownIds))
      : fc.uuid();
  }
  if (schema.format === "date-time")
    return strict ? validDateTimes : dateTimeTexts;
  if (schema.format === "date")
    return strict ? validDateTimes.map((text) => text.slice(0, 10)) : dateTexts;
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const fits = (text: string) => text.length >= min && text.length <= max;
  // Odd text that still passes the schema: SQL and LIKE wildcards, escapes, emoji, the longest allowed.
  const oddButValid = [...weirdTexts, "x".repeat(max), "x".repeat(min)].filter(
    fits,
  );
  const lengths = strict
    ? oddButValid.filter((text) => !text.includes("\u0000"))
    : [...oddButValid, "x".repeat(max + 1), "x".repeat(Math.max(min - 1, 0))];
  return fc.oneof(
    fc.string({
      unit: "grapheme",
      minLength: min,
      maxLength: Math.min(Math.max(max, min), 40),
    }),
    fc.constantFrom(...lengths),
  );
}

/**
 * JSON for a schema. Strict: only what it accepts, at its edges, so requests reach the handlers
 * and the database. Loose: mostly that, sometimes anything at all, and a key it does not allow.
 */
export function jsonFor(
  schema: JsonSchema,
  context: SchemaContext,
  strict = false,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref)
    return jsonFor(context.resolve(schema.$ref), context, strict, depth);
  const conforming = conformingJson(schema, context, strict, depth);
  return strict
    ? conforming
    : fc.oneof(
        { arbitrary: conforming, weight: 5 },
        { arbitrary: anyJson, weight: 1 },
      );
}

function conformingJson(
  schema: JsonSchema,
  context: SchemaContext,
  strict: boolean,
  depth: number,
): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants)
    return fc.oneof(
      ...variants.map((v) => jsonFor(v, context, strict, depth + 1)),
    );
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ("const" in schema) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return strings(schema, context, strict);
    case "integer":
    case "number":
      return numbers(schema, strict);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(
        schema.items && depth < 5
          ? jsonFor(schema.items, context, strict, depth + 1)
          : anyJson,
        {
          minLength: schema.minItems ?? 0,
          maxLength: Math.max(
            Math.min(schema.maxItems ?? 4, 4),
            schema.minItems ?? 0,
          ),
        },
      );
    case "object":
      return depth < 5
        ? objects(schema, context, strict, depth)
        : fc.constant({});
    default:
      return anyJson;
  }
}

function objects(
  schema: JsonSchema,
  context: SchemaContext,
  strict: boolean,
  depth: number,
) {
  // A record keyed by an enum (the SLA minutes per risk) reads as properties with one schema.
  const values = schema.additionalProperties;
  const recordKeys =
    typeof values === "object"
      ? (schema.propertyNames?.enum as string[] | undefined)
      : undefined;
  const properties = recordKeys
    ? recordKeys.map((key) => [key, values as JsonSchema] as const)
    : Object.entries(schema.properties ?? {});
  const record = fc.record(
    Object.fromEntries(
      properties.map(([key, s]) => [
        key,
        namedOr(key, context, jsonFor(s, context, strict, depth + 1)),
      ]),
    ),
    {
      requiredKeys: (schema.required ?? []).filter((key) =>
        properties.some(([name]) => name === key),
      ),
    },
  );
  if (strict) return record;
  const extraKey = fc.oneof(
    fc.constantFrom("__proto__", "constructor", "id", "version"),
    weirdText,
  );
  const extra = fc.option(fc.tuple(extraKey, anyJson), { freq: 8 });
  // A computed key makes "__proto__" an own property, so JSON.stringify sends it.
  return fc
    .tuple(record, extra)
    .map(([object, more]) =>
      more ? { ...object, [more[0]]: more[1] } : object,
    );
}

/** A query parameter's values as text: one, or several (a repeated key) for a list. */
export function queryValuesFor(
  schema: JsonSchema,
  context: SchemaContext,
  strict: boolean,
): fc.Arbitrary<string[]> {
  const asText = (value: unknown) =>
    typeof value === "string" ? value : JSON.stringify(value);
  const values = jsonFor(schema, context, strict).map((value) =>
    Array.isArray(value) && value.length > 0
      ? value.map(asText)
      : [asText(value)],
  );
  if (strict) return values;
  const numberLike = fc.constantFrom(
    "0x10",
    "1e2",
    " 1",
    "01",
    "+1",
    "1.0",
    "Infinity",
    "-0",
  );
  return fc.oneof(
    { arbitrary: values, weight: 4 },
    {
      arbitrary: fc.array(
        fc.oneof(
          values.map((v) => v[0]!),
          numberLike,
        ),
        { minLength: 1, maxLength: 3 },
      ),
      weight: 1,
    },
  );
}

export interface RequestBody {
  payload?: string;
  contentType?: string;
}

/** A request body: schema-shaped JSON, any JSON, broken JSON, odd content types, oversize. */
export function bodyFor(
  schema: JsonSchema | undefined,
  context: SchemaContext,
): fc.Arbitrary<RequestBody> {
  const json = (value: unknown): RequestBody => ({
    payload: JSON.stringify(value),
    contentType: "application/json",
  });
  const shaped = schema ? jsonFor(schema, context) : anyJson;
  return fc.oneof(
    {
      arbitrary: (schema ? jsonFor(schema, context, true) : anyJson).map(json),
      weight: schema ? 6 : 1,
    },
    { arbitrary: shaped.map(json), weight: schema ? 5 : 1 },
    { arbitrary: anyJson.map(json), weight: 2 },
    { arbitrary: fc.constant({}), weight: 1 },
    {
      arbitrary: brokenJson.map((payload) => ({
        payload,
        contentType: "application/json",
      })),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom(...contentTypes),
          fc.oneof(
            weirdText,
            shaped.map((v) => JSON.stringify(v) ?? ""),
          ),
        )
        .map(([contentType, payload]) => ({ contentType, payload })),
      weight: 1,
    },
    {
      arbitrary: fc.constant({
        payload: overLimit,
        contentType: "application/json",
      }),
      weight: 1,
    },
  );
}

/** CSV text for the member import: the real header (or a damaged one) and rows of odd cells. */
export function memberCsvFor(
  columns: readonly string[],
  rowSchema: JsonSchema,
  context: SchemaContext,
): fc.Arbitrary<string> {
  const cell = (key: string) => {
    const schema = rowSchema.properties?.[key];
    const value = schema ? jsonFor(schema, context, true) : weirdText;
    return value.map((v) =>
      typeof v === "string" ? v : (JSON.stringify(v) ?? ""),
    );
  };
  const row = fc.tuple(...columns.map(cell));
  const header = fc.oneof(
    { arbitrary: fc.constant([...columns]), weight: 4 },
    { arbitrary: fc.array(weirdText, { maxLength: 8 }), weight: 1 },
  );
  return fc
    .tuple(header, fc.array(row, { maxLength: 4 }), fc.boolean())
    .map(
      ([fields, data, withBom]) =>
        (withBom ? "\uFEFF" : "") + Papa.unparse({ fields: [...fields], data }),
    );
}
