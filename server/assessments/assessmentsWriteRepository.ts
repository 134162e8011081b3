// Writes of PSeMS assessments: create, conflict-safe edit, and a new assessment from a baseline.
// Each checks the whole record after the change with the domain rules (assessmentRules.ts).
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  assessmentProblems,
  defaultAssessmentDueOn,
  londonDate,
  type ActionItem,
  type ActionItemInput,
  type Assessment,
  type AssessmentBaselineRequest,
  type AssessmentCreate,
  type AssessmentPatch,
  type FieldProblem,
} from "../../src/domain";
import type { Queryable, Transaction } from "../db/connect";
import { assessments } from "../db/schema";
import { problem } from "../http/problems";
import { assessmentNotFound, toAssessment } from "./assessmentsRepository";
import { findMember } from "../members/membersRepository";
import { getElementKeys, getReviewCycleYears } from "./psemsRepository";

type AssessmentFields = Omit<
  Assessment,
  "id" | "createdAt" | "updatedAt" | "version"
>;

function refuse(errors: FieldProblem[]) {
  const detail = `The assessment has ${errors.length === 1 ? "a problem" : `${errors.length} problems`}: ${errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`;
  return problem(400, "validation", detail, { errors });
}

/** New items get an id; an id must name an item already on this assessment. */
function withItemIds(
  items: ActionItemInput[],
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
  if (errors.length > 0) throw refuse(errors);
  return items.map((item) => ({ ...item, id: item.id ?? randomUUID() }));
}

/** Checks the record with the live element list and the member's review, then fills dueOn. */
async function prepare(
  tx: Transaction,
  fields: Omit<AssessmentFields, "dueOn"> & { dueOn?: string | undefined },
  now: Date,
): Promise<AssessmentFields> {
  const today = londonDate(now);
  const [elementKeys, member] = await Promise.all([
    getElementKeys(tx),
    findMember(tx, fields.memberId, now),
  ]);
  if (!member)
    throw refuse([
      {
        field: "memberId",
        message: `there is no member with id ${fields.memberId}`,
      },
    ]);
  const errors = assessmentProblems(fields, today, elementKeys);
  if (errors.length > 0) throw refuse(errors);
  const dueOn =
    fields.dueOn ??
    defaultAssessmentDueOn(
      fields,
      member.nextReviewDue,
      today,
      await getReviewCycleYears(tx),
    );
  return { ...fields, dueOn };
}

async function insertAssessment(
  tx: Transaction,
  fields: AssessmentFields,
  now: Date,
): Promise<Assessment> {
  const [row] = await tx
    .insert(assessments)
    .values({ ...fields, createdAt: now, updatedAt: now })
    .returning();
  return toAssessment(row!);
}

export async function createAssessment(
  db: Queryable,
  input: AssessmentCreate,
  now = new Date(),
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const fields = await prepare(
      tx,
      {
        ...input,
        actionItems: withItemIds(input.actionItems, []),
        baselineId: null,
      },
      now,
    );
    return insertAssessment(tx, fields, now);
  });
}

async function lockAtVersion(
  tx: Transaction,
  id: string,
  expectedVersion: number,
): Promise<Assessment> {
  const [row] = await tx
    .select()
    .from(assessments)
    .where(eq(assessments.id, id))
    .for("update");
  if (!row) throw assessmentNotFound(id);
  const current = toAssessment(row);
  if (row.version !== expectedVersion) {
    throw problem(
      409,
      "conflict",
      `Someone else changed this assessment after you opened it (you had version ${expectedVersion}, it is now ${row.version}). Review their change, then apply yours again.`,
      { current },
    );
  }
  return current;
}

/**
 * Applies a patch only at `expectedVersion` (else 409 with the current record). Completing an
 * assessment, or changing when it was completed, moves its due date to the routine review unless
 * the patch sets one.
 */
export async function updateAssessment(
  db: Queryable,
  id: string,
  expectedVersion: number,
  patch: AssessmentPatch,
  now = new Date(),
): Promise<{ before: Assessment; after: Assessment }> {
  return db.transaction(async (tx) => {
    const before = await lockAtVersion(tx, id, expectedVersion);
    const {
      id: _id,
      createdAt: _created,
      updatedAt: _updated,
      version: _version,
      ...current
    } = before;
    const completionChanged =
      patch.status !== undefined || patch.completedOn !== undefined;
    const next = {
      ...current,
      ...patch,
      actionItems: patch.actionItems
        ? withItemIds(patch.actionItems, before.actionItems)
        : before.actionItems,
      dueOn: patch.dueOn ?? (completionChanged ? undefined : before.dueOn),
    };
    const fields = await prepare(tx, next, now);
    const [row] = await tx
      .update(assessments)
      .set({ ...fields, version: before.version + 1, updatedAt: now })
      .where(eq(assessments.id, id))
      .returning();
    return { before, after: toAssessment(row!) };
  });
}

/**
 * A new planned assessment that starts from `baselineId`: its scores, its unfinished action
 * items (done and cancelled ones stay with the old record) and its accountable manager. The
 * reviewer is not carried over: each review needs its own conflict-of-interest declaration.
 */
export async function startFromBaseline(
  db: Queryable,
  baselineId: string,
  request: AssessmentBaselineRequest,
  now = new Date(),
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(assessments)
      .where(eq(assessments.id, baselineId))
      .limit(1);
    if (!row) throw assessmentNotFound(baselineId);
    const baseline = toAssessment(row);
    const unfinished = baseline.actionItems.filter(
      (item) => item.status === "open" || item.status === "in_progress",
    );
    const fields = await prepare(
      tx,
      {
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
        actionItems: unfinished.map((item) => ({ ...item, id: randomUUID() })),
        baselineId: baseline.id,
      },
      now,
    );
    return insertAssessment(tx, fields, now);
  });
}
