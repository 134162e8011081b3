// Writes to the member register: create, conflict-safe edit and all-or-nothing bulk insert. Every
// path checks the same rules (known port, sensible dates, one entry per organisation and port).
import { eq } from "drizzle-orm";
import {
  londonDate,
  memberDateProblems,
  type FieldProblem,
  type Member,
  type MemberCreate,
  type MemberPatch,
} from "../../src/domain";
import type { Queryable, Transaction } from "../db/connect";
import { members, ports } from "../db/schema";
import { problem } from "../http/problems";
import { findMember, memberNotFound } from "./membersRepository";

type MemberFields = MemberCreate;

/** What the rules need to know about the register, loaded once per request. */
export interface MemberRuleContext {
  today: string;
  portIds: Set<string>;
  /** `portId|lower(name)` → member id. */
  registered: Map<string, string>;
}

const registerKey = (portId: string, name: string) =>
  `${portId}|${name.toLowerCase()}`;

export async function loadMemberRuleContext(
  db: Queryable,
  now: Date,
): Promise<MemberRuleContext> {
  const [portRows, memberRows] = await Promise.all([
    db.select({ id: ports.id }).from(ports),
    db
      .select({ id: members.id, portId: members.portId, name: members.name })
      .from(members),
  ]);
  return {
    today: londonDate(now),
    portIds: new Set(portRows.map((p) => p.id)),
    registered: new Map(
      memberRows.map((m) => [registerKey(m.portId, m.name), m.id]),
    ),
  };
}

/** Field problems of one member record; `selfId` is the member being edited, if any. */
export function memberRuleProblems(
  member: MemberFields,
  context: MemberRuleContext,
  selfId?: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!context.portIds.has(member.portId)) {
    problems.push({
      field: "portId",
      message: `there is no port with id ${member.portId}; use an id from the port list (GET /api/ports), e.g. felixstowe`,
    });
  } else {
    const holder = context.registered.get(
      registerKey(member.portId, member.name),
    );
    if (holder !== undefined && holder !== selfId) {
      problems.push({
        field: "name",
        message: `${member.name} is already registered at ${member.portId}`,
      });
    }
  }
  problems.push(...memberDateProblems(member, context.today));
  return problems;
}

export function validationProblem(errors: FieldProblem[]) {
  const detail = `The member has ${errors.length === 1 ? "a problem" : `${errors.length} problems`}: ${errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`;
  return problem(400, "validation", detail, { errors });
}

/** True for PostgreSQL's unique_violation, which drizzle may wrap in its own error. */
export function isUniqueViolation(error: unknown): boolean {
  let e: unknown = error;
  for (
    let depth = 0;
    depth < 3 && typeof e === "object" && e !== null;
    depth++
  ) {
    if ((e as { code?: unknown }).code === "23505") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** The check above and the write can race with another manager's; the unique index decides. */
export const duplicateMemberProblem = () =>
  validationProblem([
    {
      field: "name",
      message:
        "a member with this name was registered at this port a moment ago; reload the register",
    },
  ]);

export async function createMember(
  db: Queryable,
  input: MemberCreate,
  now = new Date(),
): Promise<Member> {
  const id = await db
    .transaction(async (tx) => {
      const errors = memberRuleProblems(
        input,
        await loadMemberRuleContext(tx, now),
      );
      if (errors.length > 0) throw validationProblem(errors);
      const [row] = await tx
        .insert(members)
        .values({ ...input, createdAt: now, updatedAt: now })
        .returning({ id: members.id });
      return row!.id;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? duplicateMemberProblem() : error;
    });
  return (await findMember(db, id, now))!;
}

/** Inserts every member or none; the caller has validated them with memberRuleProblems. */
export async function insertMembers(
  tx: Transaction,
  inputs: MemberCreate[],
  now: Date,
): Promise<number> {
  const batchSize = 500;
  for (let i = 0; i < inputs.length; i += batchSize) {
    await tx
      .insert(members)
      .values(
        inputs
          .slice(i, i + batchSize)
          .map((input) => ({ ...input, createdAt: now, updatedAt: now })),
      );
  }
  return inputs.length;
}

/**
 * Applies a patch only if the member is still at `expectedVersion`; otherwise 409 with the
 * current record. The row is locked for the check-and-write so two managers cannot both win.
 */
export async function updateMember(
  db: Queryable,
  id: string,
  expectedVersion: number,
  patch: MemberPatch,
  now = new Date(),
): Promise<{ before: Member; after: Member }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(members)
      .where(eq(members.id, id))
      .for("update");
    if (!row) throw memberNotFound(id);
    const before = (await findMember(tx, id, now))!;
    if (row.version !== expectedVersion) {
      throw problem(
        409,
        "conflict",
        `Someone else changed ${row.name} after you opened it (you had version ${expectedVersion}, it is now ${row.version}). Review their change, then apply yours again.`,
        { current: before },
      );
    }
    const merged: MemberFields = { ...pickFields(before), ...patch };
    const errors = memberRuleProblems(
      merged,
      await loadMemberRuleContext(tx, now),
      id,
    );
    if (errors.length > 0) throw validationProblem(errors);
    await tx
      .update(members)
      .set({ ...patch, version: row.version + 1, updatedAt: now })
      .where(eq(members.id, id));
    return { before, after: (await findMember(tx, id, now))! };
  });
}

function pickFields(member: Member): MemberFields {
  const {
    name,
    type,
    portId,
    contactName,
    contactRole,
    contactEmail,
    contactPhone,
    joinedOn,
    assetPackIssued,
    actAccess,
    newsletter,
    status,
    majorChangeOn,
  } = member;
  return {
    name,
    type,
    portId,
    contactName,
    contactRole,
    contactEmail,
    contactPhone,
    joinedOn,
    assetPackIssued,
    actAccess,
    newsletter,
    status,
    majorChangeOn,
  };
}

export function changedMemberFields(
  before: Member,
  after: Member,
  keys: (keyof Member)[],
): string[] {
  return keys.filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
