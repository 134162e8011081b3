// PATCH /api/reports/:id with If-Match: nothing is overwritten silently. The checks run in the
// server's order: role, the id in the address, the body, If-Match, existence, version, then the
// merged record's consistency.
import { http, type HttpHandler } from "msw";
import { z } from "zod";
import {
  etagFor,
  insiderTypeProblem,
  makeProblem,
  parseIfMatch,
  ReportPatchSchema,
  ReportSchema,
  type Problem,
  type Report,
  type ReportPatch,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { contractResponse } from "./contractResponse";
import { readJsonBody } from "./jsonBody";
import { problemResponse, reportNotFound, validationProblem } from "./problems";
import { idParams } from "./recordRoute";

export const reportIdSchema = z.uuid(
  "the report id in the address is not a valid id",
);

export function reportPatchHandler(db: MockDb): HttpHandler {
  return http.patch("*/api/reports/:id", async ({ request, params }) => {
    const denied = denyUnlessAllowed(db, "reports", "edit");
    if (denied) return denied;
    const address = idParams(reportIdSchema).safeParse(params);
    if (!address.success) {
      return problemResponse(validationProblem("params", address.error));
    }
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const parsed = ReportPatchSchema.safeParse(body.value);
    if (!parsed.success) {
      return problemResponse(validationProblem("body", parsed.error));
    }
    const expected = expectedVersion(request.headers.get("If-Match"));
    if (typeof expected !== "number") return problemResponse(expected);

    const { id } = address.data;
    const current = db.reports.find((report) => report.id === id);
    if (!current) return problemResponse(reportNotFound(id));
    if (current.version !== expected) {
      return problemResponse(staleVersion(current, expected));
    }
    const updated = applyPatch(current, parsed.data, db.now());
    const inconsistency = insiderTypeProblem(
      updated.category,
      updated.insiderType,
    );
    if (inconsistency) {
      return problemResponse(
        makeProblem(400, "validation", `insiderType: ${inconsistency}`, {
          errors: [{ field: "insiderType", message: inconsistency }],
        }),
      );
    }
    db.replaceReport(updated);
    return contractResponse(ReportSchema, updated, {
      headers: { ETag: etagFor(updated.version) },
    });
  });
}

/** The version the client read; 428 when If-Match is absent, 400 when it is malformed. */
function expectedVersion(header: string | null): number | Problem {
  if (header === null || header.trim() === "") {
    return makeProblem(
      428,
      "precondition_required",
      'Send an If-Match header with the version you read (for example If-Match: "3") so that no one else\'s change is overwritten.',
    );
  }
  return (
    parseIfMatch(header) ??
    makeProblem(
      400,
      "validation",
      'If-Match must be the ETag you received, a version number in double quotes such as "3".',
      { errors: [{ field: "If-Match", message: 'use the form "3"' }] },
    )
  );
}

function staleVersion(current: Report, expected: number): Problem {
  return makeProblem(
    409,
    "conflict",
    `Someone else changed report ${current.reference} after you opened it (you had version ${expected}, it is now ${current.version}). Review their change, then apply yours again.`,
    { current },
  );
}

/**
 * Moving a report out of insider threat clears its insider type unless the patch sets one, as
 * the server does; the first risk ever set stamps firstAssessedAt.
 */
function applyPatch(current: Report, patch: ReportPatch, now: Date): Report {
  const category = patch.category ?? current.category;
  const insiderType =
    patch.insiderType !== undefined
      ? patch.insiderType
      : category === "insider_threat"
        ? current.insiderType
        : null;
  const updatedAt = new Date(
    Math.max(now.getTime(), Date.parse(current.updatedAt)),
  ).toISOString();
  return {
    ...current,
    ...patch,
    category,
    insiderType,
    firstAssessedAt: current.firstAssessedAt ?? (patch.risk ? updatedAt : null),
    updatedAt,
    version: current.version + 1,
  };
}
