// The OpenAPI document, complete enough for a generated client to use unchanged (DESIGN.md §4).
// Route files declare their zod schemas and `config.access`; this module derives the rest for
// every route in one place, so a new route cannot forget it:
// - security: the session cookie by default, `security: []` on public routes, the intake
//   bearer key on intake routes (from `config.access`, the same rule the access plugin enforces);
// - an operationId from method and path, with a small table where the derived name reads badly;
// - headers the handler insists on (If-Match → 428, Idempotency-Key → 400) marked required;
// - response headers: ETag on a 2xx that returns a versioned record, Idempotent-Replayed on intake;
// - real media types: problem+json for every error, text/csv for *.csv exports and CSV bodies,
//   text/event-stream for the live stream;
// - every status a route can answer with, from what the shared plugins do before a handler runs.
import fastifySwagger, {
  type FastifyDynamicSwaggerOptions,
  type SwaggerTransform,
  type SwaggerTransformObject,
} from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance, RouteOptions } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
} from "fastify-type-provider-zod";
import { z } from "zod";
import type { Access } from "./access";
import { plainCookieName, secureCookieName, signedIn } from "./access";
import {
  openApiPath,
  operationIdFor,
  type Method,
} from "./openapiOperationIds";

export const sessionCookieScheme = "sessionCookie";
export const intakeKeyScheme = "intakeKey";

/** The document's fixed parts: @fastify/swagger's `openapi` option. */
export const openApiBase: FastifyDynamicSwaggerOptions["openapi"] = {
  openapi: "3.1.0",
  info: {
    title: "PortSafe Desk API",
    version: "0.1.0",
    description:
      "Triage and analytics API for the JMSC PortSafe police desk. Errors are RFC 9457 problem details (`application/problem+json`). Sign in with `POST /api/auth/login`; the session cookie it sets authenticates every other call except the intake feed, which sends its key as `Authorization: Bearer <key>`.",
    license: {
      name: "Proprietary: JMSC PortSafe, all rights reserved",
      identifier: "LicenseRef-PortSafe-Proprietary",
    },
  },
  // Paths carry their /api prefix, so the API is wherever this document was served from.
  servers: [{ url: "/", description: "The server that serves this document" }],
  components: {
    securitySchemes: {
      [sessionCookieScheme]: {
        type: "apiKey",
        in: "cookie",
        name: secureCookieName,
        description: `The session cookie set by POST /api/auth/login (named ${plainCookieName} when the server runs on plain-HTTP localhost, where the __Host- prefix cannot be used).`,
      },
      [intakeKeyScheme]: {
        type: "http",
        scheme: "bearer",
        description:
          "The Crimestoppers feed's intake key, sent as `Authorization: Bearer <key>`; never a person's session.",
      },
    },
  },
  security: [{ [sessionCookieScheme]: [] }],
};

const statusDescriptions: Record<string, string> = {
  "200": "OK",
  "201": "Created",
  "204": "No content",
  "400": "The request is not valid: the problem names the failing fields",
  "401": "Not signed in (or the session has ended), or no valid intake key",
  "403": "Not allowed: the role does not give access, or a cross-site request",
  "404": "There is no such record",
  "409":
    "A conflict: the record has changed (the problem carries it as it is now), the move is not allowed, or it already exists",
  "413": "The request body is too large",
  "415": "The request body's Content-Type is not one this route accepts",
  "422": "Well-formed, but refers to something that does not exist",
  "428": "If-Match is missing: send the ETag you read",
  "429": "Too many attempts: wait and try again",
  "500": "Something went wrong on the server; the error has been logged",
};

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** JSON Schema of a zod schema for the document (output side: what the server sends). */
type JsonSchema = Record<string, unknown>;
interface ContentResponse {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
  headers?: Record<string, JsonSchema>;
}
interface TransformedSchema {
  hide?: boolean;
  headers?: JsonSchema & { properties?: Record<string, JsonSchema> };
  params?: JsonSchema;
  querystring?: JsonSchema;
  body?: JsonSchema;
  response?: Record<string, JsonSchema | ContentResponse>;
  [key: string]: unknown;
}

const isContentResponse = (
  value: JsonSchema | ContentResponse,
): value is ContentResponse =>
  typeof value === "object" && value !== null && "content" in value;

/** Whether the route's zod response for this status is a record with a version (sent as ETag). */
function returnsVersionedRecord(route: RouteOptions, status: string): boolean {
  const response = (route.schema?.response ?? {}) as Record<string, unknown>;
  const schema = response[status];
  return schema instanceof z.ZodObject && "version" in schema.shape;
}

/** Media types the route's own schema cannot say (it is one zod schema per status). */
const csvRequestBodies: Record<string, true> = {
  "POST /api/members/import": true,
};
const eventStreams: Record<string, true> = { "GET /api/events": true };

function securityOf(access: Access | undefined) {
  if (access === "public") return [];
  if (access === "intake") return [{ [intakeKeyScheme]: [] }];
  return undefined; // the document's default: the session cookie
}

/** The statuses the shared plugins and Fastify itself answer with before or around a handler. */
function frameworkStatuses(
  method: Method,
  route: RouteOptions,
  schema: TransformedSchema,
): string[] {
  const access = route.config?.access;
  const statuses = ["500"];
  const takesInput =
    schema.params || schema.querystring || schema.headers || schema.body;
  if (takesInput || unsafeMethods.has(method)) statuses.push("400");
  if (access !== "public") statuses.push("401");
  const everyRole =
    typeof access === "object" && access.roles.length >= 4 ? true : false;
  // Cross-site requests to state-changing routes are refused (the intake feed is not a browser).
  if (
    (typeof access === "object" && !everyRole) ||
    (unsafeMethods.has(method) && access !== "intake")
  )
    statuses.push("403");
  if (schema.params) statuses.push("404");
  // Fastify parses a body on these methods: a wrong Content-Type or an over-large body is refused.
  if (unsafeMethods.has(method)) statuses.push("413", "415");
  if (requiredHeaders(schema).includes("if-match")) statuses.push("409", "428");
  if (route.config && "rateLimit" in route.config && route.config.rateLimit)
    statuses.push("429");
  return statuses;
}

/** Headers a handler refuses to go without, though their zod schema lets them be absent. */
function requiredHeaders(schema: TransformedSchema): string[] {
  const names = Object.keys(schema.headers?.properties ?? {});
  return names.filter((name) => ["if-match", "idempotency-key"].includes(name));
}

const problemRef = { $ref: "#/components/schemas/Problem" };

const etagHeader = {
  type: "string",
  description:
    'The record\'s version, e.g. "3": send it back as If-Match to change the record',
};

/** @fastify/swagger's per-route `transform`: the zod conversion, then this module's additions. */
export const openApiTransform: SwaggerTransform = (input) => {
  const converted = jsonSchemaTransform(
    input as Parameters<typeof jsonSchemaTransform>[0],
  );
  const schema = converted.schema as TransformedSchema;
  if (!schema || schema.hide) return converted;
  const route = input.route;
  const methods = [route.method].flat() as string[];
  const method = methods.find((m) => m !== "HEAD") as Method;
  const path = openApiPath(converted.url);
  const key = `${method} ${path}`;
  const access = route.config?.access;

  schema.operationId = operationIdFor(method, path);
  const security = securityOf(access);
  if (security) schema.security = security;

  const required = requiredHeaders(schema);
  if (schema.headers && required.length > 0) {
    const already = (schema.headers.required as string[] | undefined) ?? [];
    schema.headers.required = [...new Set([...already, ...required])];
  }

  if (csvRequestBodies[key] && schema.body) {
    const branches = (schema.body.anyOf as JsonSchema[] | undefined) ?? [];
    const text = branches.find((b) => b.type === "string");
    const json = branches.find((b) => b.type !== "string");
    if (text && json) {
      schema.body = {
        content: {
          "text/csv": {
            schema: {
              ...text,
              description: "The CSV file, UTF-8, with a header row",
            },
          },
          "application/json": { schema: json },
        },
      };
    }
  }

  const responses = (schema.response ??= {});
  for (const status of frameworkStatuses(method, route, schema)) {
    responses[status] ??= problemRef;
  }
  if (eventStreams[key]) {
    responses["200"] ??= {
      type: "string",
      description:
        "A stream of `event: <type>` / `data: <JSON>` messages and `:` comment lines that keep it open",
    };
  }

  for (const [status, value] of Object.entries(responses)) {
    const description =
      (isContentResponse(value) ? value.description : undefined) ??
      (typeof value.description === "string" && !("$ref" in value)
        ? value.description
        : undefined) ??
      statusDescriptions[status] ??
      "Response";
    if (status === "204" || ("type" in value && value.type === "null")) {
      responses[status] = { description, type: "null" } as JsonSchema;
      continue;
    }
    if (isContentResponse(value)) continue;
    const code = Number(status);
    const mediaType =
      code >= 400
        ? "application/problem+json"
        : path.endsWith(".csv")
          ? "text/csv"
          : eventStreams[key]
            ? "text/event-stream"
            : "application/json";
    const headers: Record<string, JsonSchema> = {};
    if (code < 300 && key === "POST /api/auth/login")
      headers["Set-Cookie"] = {
        type: "string",
        description: `The session cookie (${secureCookieName}, or ${plainCookieName} on plain-HTTP localhost): HttpOnly, SameSite=Strict`,
      };
    if (code < 300 && returnsVersionedRecord(route, status))
      headers.ETag = etagHeader;
    if (code < 300 && required.includes("idempotency-key"))
      headers["Idempotent-Replayed"] = {
        type: "string",
        enum: ["true"],
        description:
          "Present when this answers a retry: the report was created by the first request with this Idempotency-Key",
      };
    if (code < 300 && path.endsWith(".csv"))
      headers["Content-Disposition"] = {
        type: "string",
        description: "attachment; filename=…",
      };
    responses[status] = {
      description,
      content: { [mediaType]: { schema: value } },
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    };
  }
  return { schema: schema as typeof converted.schema, url: converted.url };
};

/**
 * A record keyed by an enum (`z.record(z.enum([...]), …)`) becomes `propertyNames` + `required`
 * without `properties`; naming each key as a property says the same and lets a generator type it.
 */
function nameRecordKeys(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(nameRecordKeys);
  if (typeof node !== "object" || node === null) return;
  const schema = node as JsonSchema;
  const keys = (schema.propertyNames as JsonSchema | undefined)?.enum;
  if (
    Array.isArray(keys) &&
    !schema.properties &&
    typeof schema.additionalProperties === "object"
  ) {
    schema.properties = Object.fromEntries(
      keys.map((key) => [String(key), schema.additionalProperties]),
    );
  }
  Object.values(schema).forEach(nameRecordKeys);
}

/**
 * fastify-type-provider-zod emits an input and an output variant of every registered schema;
 * only the ones an operation reaches (directly or through another component) are kept.
 */
function keepReachableSchemas(document: {
  paths?: unknown;
  components?: { schemas?: Record<string, unknown> };
}): void {
  const schemas = document.components?.schemas;
  if (!schemas) return;
  const prefix = "#/components/schemas/";
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const name = value.startsWith(prefix) ? value.slice(prefix.length) : "";
        if (name && !reached.has(name) && schemas[name]) {
          reached.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(document.paths);
  for (const name of Object.keys(schemas)) {
    if (!reached.has(name)) delete schemas[name];
  }
}

/** @fastify/swagger's `transformObject`: the zod components, then the whole-document tidying. */
export const openApiTransformObject: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(
    input as Parameters<typeof jsonSchemaTransformObject>[0],
  );
  const tidy = document as Parameters<typeof keepReachableSchemas>[0];
  keepReachableSchemas(tidy);
  nameRecordKeys(tidy.components?.schemas);
  return document;
};

/** Where the browsable reference lives; its pages and their copy of the document. */
export const apiDocsPrefix = "/api/docs";

/**
 * The document at GET /api/openapi.json (public: a client generator needs it before signing in)
 * and the Swagger UI reference at /api/docs.
 *
 * The reference is for signed-in users only and carries the app's own strict CSP (helmet's:
 * script-src and style-src 'self' with a per-response nonce, frame-ancestors 'none'), not
 * @fastify/swagger-ui's `staticCSP`, which allows `style-src https:` and framing by the same
 * origin. Its page needs nothing more: @fastify/swagger-ui's HTML has no inline script or style
 * (bundle, preset and initializer are files under /api/docs/static), and Swagger UI sets styles
 * through the DOM, which CSP does not restrict. Signing in first keeps the UI's large script
 * surface (it renders whatever document it is given) away from anyone without an account.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: openApiBase,
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  // @fastify/swagger-ui's routes cannot take a `config`: give each its access rule as it is added.
  app.addHook("onRoute", (route) => {
    if (
      route.url === apiDocsPrefix ||
      route.url.startsWith(`${apiDocsPrefix}/`)
    )
      route.config = { ...route.config, access: signedIn };
  });
  await app.register(fastifySwaggerUi, { routePrefix: apiDocsPrefix });
  app.get(
    "/api/openapi.json",
    { config: { access: "public" }, schema: { hide: true } },
    () => app.swagger(),
  );
}
