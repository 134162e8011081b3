// /api/assessments: PSeMS assessments of members, readable by every signed-in role.
import type { HttpHandler } from "msw";
import { z } from "zod";
import {
  AssessmentListQuerySchema,
  AssessmentSchema,
  makeProblem,
  type Assessment,
  type AssessmentListQuery,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { anyOf, listHandler } from "./listRoute";
import { recordHandler } from "./recordRoute";

export function assessmentHandlers(db: MockDb): HttpHandler[] {
  return [
    listHandler({
      path: "*/api/assessments",
      querySchema: AssessmentListQuerySchema,
      itemSchema: AssessmentSchema,
      deny: () => denyUnlessAllowed(db, "assessments", "list"),
      rows: () => db.assessments,
      matches: assessmentMatches,
      sortValue: (assessment, field) => assessment[field],
    }),
    recordHandler({
      path: "*/api/assessments/:id",
      idSchema: z.uuid("the assessment id in the address is not a valid id"),
      // Worded as the server's assessmentNotFound.
      notFound: (id) =>
        makeProblem(
          404,
          "not_found",
          `There is no assessment with id ${id}; it may have been mistyped.`,
        ),
      itemSchema: AssessmentSchema,
      deny: () => denyUnlessAllowed(db, "assessments", "show"),
      rows: () => db.assessments,
    }),
  ];
}

function assessmentMatches(
  assessment: Assessment,
  query: AssessmentListQuery,
): boolean {
  return (
    anyOf(query.memberId, assessment.memberId) &&
    anyOf(query.kind, assessment.kind) &&
    anyOf(query.status, assessment.status) &&
    anyOf(query.step, assessment.step) &&
    // ISO dates compare correctly as strings; "before" is strict.
    (query.dueBefore === undefined || assessment.dueOn < query.dueBefore)
  );
}
