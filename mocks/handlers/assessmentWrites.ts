// The mock's side of server/routes/assessments.ts writes (assessmentsWriteRepository.ts): record,
// edit with If-Match, and start a new assessment from a baseline. Every path checks the whole
// record after the change with the domain rules, then recomputes the member's review state.
import type { HttpHandler } from "msw";
import { z } from "zod";
import {
  AssessmentBaselineRequestSchema,
  AssessmentCreateSchema,
  AssessmentPatchSchema,
  AssessmentSchema,
  assessmentProblems,
  defaultAssessmentDueOn,
  etagFor,
  londonDate,
  makeProblem,
  type ActionItem,
  type ActionItemInput,
  type Assessment,
  type AssessmentBaselineRequest,
  type AssessmentCreate,
  type AssessmentPatch,
  type FieldProblem,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { requireIfMatch } from "./ifMatch";
import { refreshReviewStates } from "./memberReview";
import { fail, ProblemError } from "./problems";
import { psemsFramework } from "./psems";

type AssessmentFields = Omit<
  Assessment,
  "id" | "createdAt" | "updatedAt" | "version"
>;
type Unprepared = Omit<AssessmentFields, "dueOn"> & { dueOn?: string };

const IdParams = z.object({
  id: z.uuid("the assessment id in the address is not a valid id"),
});

const assessmentNotFound = (id: string) =>
  new ProblemError(
    makeProblem(
      404,
      "not_found",
      `There is no assessment with id ${id}; it may have been mistyped.`,
    ),
  );

function refuse(errors: FieldProblem[]): never {
  const detail = `The assessment has ${errors.length === 1 ? "a problem" : `${errors.length} problems`}: ${errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`;
  return fail(400, "validation", detail, { errors });
}

function withItemIds(
  items: readonly ActionItemInput[],
  existing: readonly ActionItem[],
): ActionItem[] {
  const known = new Set(existing.map((item) => item.id));
  const errors = items.flatMap((item, index) =>
    item.id !== undefined && !known.has(item.id)
      ? [
          {
            field: `actionItems.${index}.id`,
            message:
              "no action item on this assessment has this id; leave id out for a new item",
          },
        ]
      : [],
  );
  if (errors.length > 0) refuse(errors);
  return items.map((item) => ({ ...item, id: item.id ?? crypto.randomUUID() }));
}

/** Checks the record with the live element list and the member's review, then fills dueOn. */
function prepare(db: MockDb, fields: Unprepared): AssessmentFields {
  const today = londonDate(db.now());
  const framework = psemsFramework(db);
  const member = db.members.find((m) => m.id === fields.memberId);
  if (!member)
    refuse([
      {
        field: "memberId",
        message: `there is no member with id ${fields.memberId}`,
      },
    ]);
  const errors = assessmentProblems(
    fields,
    today,
    framework.elements.map((e) => e.key),
  );
  if (errors.length > 0) refuse(errors);
  const dueOn =
    fields.dueOn ??
    defaultAssessmentDueOn(
      fields,
      member.nextReviewDue,
      today,
      framework.reviewCycleYears,
    );
  return { ...fields, dueOn };
}

function save(db: MockDb, assessment: Assessment): Assessment {
  const exists = db.assessments.some((a) => a.id === assessment.id);
  db.assessments = exists
    ? db.assessments.map((a) => (a.id === assessment.id ? assessment : a))
    : [...db.assessments, assessment];
  refreshReviewStates(db, psemsFramework(db).reviewCycleYears, [
    assessment.memberId,
  ]);
  return assessment;
}

function insert(db: MockDb, fields: AssessmentFields): Assessment {
  const now = db.now().toISOString();
  return save(db, {
    id: crypto.randomUUID(),
    ...fields,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
}

function findOr404(db: MockDb, id: string): Assessment {
  const found = db.assessments.find((a) => a.id === id);
  if (!found) throw assessmentNotFound(id);
  return found;
}

function update(
  db: MockDb,
  id: string,
  expectedVersion: number,
  patch: AssessmentPatch,
): Assessment {
  const before = findOr404(db, id);
  if (before.version !== expectedVersion) {
    fail(
      409,
      "conflict",
      `Someone else changed this assessment after you opened it (you had version ${expectedVersion}, it is now ${before.version}). Review their change, then apply yours again.`,
      { current: before },
    );
  }
  const { id: _id, createdAt, updatedAt: _u, version, ...current } = before;
  const completionChanged =
    patch.status !== undefined || patch.completedOn !== undefined;
  const fields = prepare(db, {
    ...current,
    ...patch,
    actionItems: patch.actionItems
      ? withItemIds(patch.actionItems, before.actionItems)
      : before.actionItems,
    dueOn: patch.dueOn ?? (completionChanged ? undefined : before.dueOn),
  });
  return save(db, {
    ...fields,
    id,
    createdAt,
    updatedAt: db.now().toISOString(),
    version: version + 1,
  });
}

function startFromBaseline(
  db: MockDb,
  baselineId: string,
  request: AssessmentBaselineRequest,
): Assessment {
  const baseline = findOr404(db, baselineId);
  const unfinished = baseline.actionItems.filter(
    (item) => item.status === "open" || item.status === "in_progress",
  );
  return insert(
    db,
    prepare(db, {
      memberId: baseline.memberId,
      kind: request.kind,
      step: request.step,
      status: "planned",
      startedOn: null,
      completedOn: null,
      dueOn: request.dueOn,
      reviewerName: request.reviewerName,
      conflictOfInterestDeclared: request.conflictOfInterestDeclared,
      accountableManager: baseline.accountableManager,
      scores: baseline.scores,
      actionItems: unfinished.map((item) => ({
        ...item,
        id: crypto.randomUUID(),
      })),
      baselineId: baseline.id,
    }),
  );
}

function assessmentResponse(assessment: Assessment, status = 200): Response {
  const headers: Record<string, string> = { ETag: etagFor(assessment.version) };
  if (status === 201) headers.Location = `/api/assessments/${assessment.id}`;
  return contractResponse(AssessmentSchema, assessment, { status, headers });
}

export function assessmentWriteHandlers(db: MockDb): HttpHandler[] {
  return [
    checkedHandler<unknown, AssessmentCreate>(db, {
      method: "post",
      path: "*/api/assessments",
      deny: () => denyUnlessAllowed(db, "assessments", "create"),
      body: AssessmentCreateSchema as z.ZodType<AssessmentCreate>,
      handle: ({ body }) =>
        assessmentResponse(
          insert(
            db,
            prepare(db, {
              ...body,
              actionItems: withItemIds(body.actionItems, []),
              baselineId: null,
            }),
          ),
          201,
        ),
    }),
    checkedHandler<{ id: string }, AssessmentBaselineRequest>(db, {
      method: "post",
      path: "*/api/assessments/:id/baseline",
      deny: () => denyUnlessAllowed(db, "assessments", "create"),
      params: IdParams,
      body: AssessmentBaselineRequestSchema as z.ZodType<AssessmentBaselineRequest>,
      handle: ({ params, body }) =>
        assessmentResponse(startFromBaseline(db, params.id, body), 201),
    }),
    checkedHandler<{ id: string }, AssessmentPatch>(db, {
      method: "patch",
      path: "*/api/assessments/:id",
      deny: () => denyUnlessAllowed(db, "assessments", "edit"),
      params: IdParams,
      body: AssessmentPatchSchema as z.ZodType<AssessmentPatch>,
      handle: ({ params, body, request }) =>
        assessmentResponse(
          update(db, params.id, requireIfMatch(request), body),
        ),
    }),
  ];
}
