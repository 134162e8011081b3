// PostgreSQL cannot store the NUL character (U+0000) in text or jsonb, nor an unpaired UTF-16
// surrogate in jsonb (JSON allows both as \u escapes), so a request carrying one failed deep in a
// query, or in its audit entry, as a 500. It is refused up front, naming the field.
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { problem } from "./problems";

/** With the u flag, \p{Cs} matches only a surrogate that is not half of a pair. */
const loneSurrogate = /\p{Cs}/u;
const unstorable = (text: string) =>
  text.includes("\u0000") || loneSurrogate.test(text);
/** Enough to show where the problem is; a hostile body may hold thousands. */
const maxReported = 5;

/** Dotted paths of the strings (and keys) PostgreSQL cannot store. Iterative: bodies nest deeply. */
export function unstorableFields(value: unknown): string[] {
  const found: string[] = [];
  const pending: [unknown, string][] = [[value, ""]];
  while (pending.length > 0 && found.length < maxReported) {
    const [item, path] = pending.pop()!;
    if (typeof item === "string") {
      if (unstorable(item)) found.push(path || "(request)");
    } else if (item !== null && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        const childPath = path ? `${path}.${key}` : key;
        if (unstorable(key)) found.push(childPath);
        pending.push([child, childPath]);
      }
    }
  }
  return found;
}

const parts = [
  ["params", "address"],
  ["query", "query"],
  ["body", "body"],
] as const;
const message =
  "contains a character that cannot be stored (NUL, \\u0000, or half of a UTF-16 surrogate pair); remove it";

async function refuseUnstorableText(request: FastifyRequest) {
  for (const [part, where] of parts) {
    const fields = unstorableFields(request[part]);
    if (fields.length === 0) continue;
    const count =
      fields.length === 1 ? "a problem" : `${fields.length} problems`;
    throw problem(
      400,
      "validation",
      `The ${where} has ${count}: ` +
        fields.map((field) => `${field}: ${message}`).join("; "),
      { errors: fields.map((field) => ({ field, message })) },
    );
  }
}

async function storableTextPlugin(app: FastifyInstance) {
  app.addHook("preValidation", refuseUnstorableText);
}

export default fp(storableTextPlugin, { name: "portsafe-storable-text" });
