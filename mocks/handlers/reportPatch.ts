// PATCH /api/reports/:id with If-Match: nothing is overwritten silently. The checks run in the
// server's order: role, the id in the address, the body, If-Match, existence, version, then the
// merged record's consistency.
import { http, type HttpHandler } from "msw";
import { z } from "zod";
import {
  etagFor,
  applyReportPatch,
  makeProblem,
  parseIfMatch,
  ReportPatchSchema,
  ReportSchema,
  type Problem,
  type Report,
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
    const outcome = applyReportPatch(current, parsed.data, db.now());
    if (!outcome.ok) {
      return problemResponse(
        makeProblem(400, "validation", `${outcome.field}: ${outcome.message}`, {
          errors: [{ field: outcome.field, message: outcome.message }],
        }),
      );
    }
    const updated = outcome.report;
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

