// The mock's side of server/routes/members.ts writes (membersWriteRepository.ts): register a
// member and edit one with If-Match, under the same rules (a known port, sensible dates, one
// entry per organisation and port) and with the same problem wording.
import type { HttpHandler } from "msw";
import { z } from "zod";
import {
  MemberCreateSchema,
  MemberPatchSchema,
  MemberSchema,
  etagFor,
  londonDate,
  makeProblem,
  memberDateProblems,
  type FieldProblem,
  type Member,
  type MemberCreate,
  type MemberPatch,
  type MemberRecord,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { requireIfMatch } from "./ifMatch";
import { withReviewState } from "./memberReview";
import { fail, ProblemError } from "./problems";
import { psemsFramework } from "./psems";

type MemberFields = MemberCreate;

const IdParams = z.object({
  id: z.uuid("the member id in the address is not a valid id"),
});

export const memberNotFound = (id: string) =>
  new ProblemError(
    makeProblem(
      404,
      "not_found",
      `There is no member with id ${id}; it may have been mistyped.`,
    ),
  );

/** Field problems of one member record; `selfId` is the member being edited, if any. */
export function memberRuleProblems(
  db: MockDb,
  member: MemberFields,
  selfId?: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!db.portById(member.portId)) {
    problems.push({
      field: "portId",
      message: `there is no port with id ${member.portId}; use an id from the port list (GET /api/ports), e.g. felixstowe`,
    });
  } else {
    const lower = member.name.toLowerCase();
    const holder = db.members.find(
      (m) => m.portId === member.portId && m.name.toLowerCase() === lower,
    );
    if (holder && holder.id !== selfId) {
      problems.push({
        field: "name",
        message: `${member.name} is already registered at ${member.portId}`,
      });
    }
  }
  problems.push(...memberDateProblems(member, londonDate(db.now())));
  return problems;
}

export function memberValidationProblem(errors: FieldProblem[]): never {
  const detail = `The member has ${errors.length === 1 ? "a problem" : `${errors.length} problems`}: ${errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`;
  return fail(400, "validation", detail, { errors });
}

/** A new stored member, with its review state, stamped `now`. */
export function newMember(db: MockDb, input: MemberCreate): Member {
  const now = db.now().toISOString();
  const record: MemberRecord = {
    id: crypto.randomUUID(),
    ...input,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  return withReviewState(db, record, psemsFramework(db).reviewCycleYears);
}

function memberResponse(member: Member, init: ResponseInit = {}): Response {
  return contractResponse(MemberSchema, member, {
    ...init,
    headers: { ...init.headers, ETag: etagFor(member.version) },
  });
}

function updateMember(
  db: MockDb,
  id: string,
  expectedVersion: number,
  patch: MemberPatch,
): Member {
  const index = db.members.findIndex((m) => m.id === id);
  const before = db.members[index];
  if (!before) throw memberNotFound(id);
  if (before.version !== expectedVersion) {
    fail(
      409,
      "conflict",
      `Someone else changed ${before.name} after you opened it (you had version ${expectedVersion}, it is now ${before.version}). Review their change, then apply yours again.`,
      { current: before },
    );
  }
  const merged = { ...before, ...patch };
  const errors = memberRuleProblems(db, merged, id);
  if (errors.length > 0) memberValidationProblem(errors);
  const after = withReviewState(
    db,
    {
      ...merged,
      version: before.version + 1,
      updatedAt: db.now().toISOString(),
    },
    psemsFramework(db).reviewCycleYears,
  );
  // Replaced, not mutated, so a list read earlier keeps the record it was given.
  db.members = db.members.map((m) => (m.id === id ? after : m));
  return after;
}

export function memberWriteHandlers(db: MockDb): HttpHandler[] {
  return [
    checkedHandler<unknown, MemberCreate>(db, {
      method: "post",
      path: "*/api/members",
      deny: () => denyUnlessAllowed(db, "members", "create"),
      body: MemberCreateSchema as z.ZodType<MemberCreate>,
      handle: ({ body }) => {
        const errors = memberRuleProblems(db, body);
        if (errors.length > 0) memberValidationProblem(errors);
        const member = newMember(db, body);
        db.members = [...db.members, member];
        return memberResponse(member, {
          status: 201,
          headers: { Location: `/api/members/${member.id}` },
        });
      },
    }),
    checkedHandler<{ id: string }, MemberPatch>(db, {
      method: "patch",
      path: "*/api/members/:id",
      deny: () => denyUnlessAllowed(db, "members", "edit"),
      params: IdParams,
      body: MemberPatchSchema as z.ZodType<MemberPatch>,
      handle: ({ params, body, request }) =>
        memberResponse(
          updateMember(db, params.id, requireIfMatch(request), body),
        ),
    }),
  ];
}
