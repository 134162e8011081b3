// What the real API says about members, assessments, accounts and settings, read the way a
// colleague at another desk would: tests take their expectations from these answers instead of
// working them out from a copy of the server's rules.
import {
  AccountListResponseSchema,
  AccountSchema,
  AssessmentListResponseSchema,
  AssessmentSchema,
  MemberListResponseSchema,
  MemberSchema,
  PortSchema,
  type Account,
  type Assessment,
  type Member,
  type Port,
} from "../../src/domain";
import { jsonAs } from "./realApi";

/** One page of the member register as a manager asks for it: query is the list's query string. */
export async function listMembers(
  query: string,
): Promise<{ data: Member[]; total: number }> {
  return MemberListResponseSchema.parse(
    await jsonAs("manager", { method: "GET", url: `/api/members?${query}` }),
  );
}

/** Every member matching the query string (page after page). */
export async function allMembers(query: string): Promise<Member[]> {
  const members: Member[] = [];
  for (let page = 1; ; page += 1) {
    const { data, total } = await listMembers(
      `${query}&perPage=100&page=${page}`,
    );
    members.push(...data);
    if (members.length >= total || data.length === 0) return members;
  }
}

/** How many members the register holds that match the query string. */
export async function countMembers(query = ""): Promise<number> {
  return (await listMembers(`${query}&perPage=1`)).total;
}

export async function memberById(id: string): Promise<Member> {
  return MemberSchema.parse(
    await jsonAs("manager", { method: "GET", url: `/api/members/${id}` }),
  );
}

export async function portById(id: string): Promise<Port> {
  return PortSchema.parse(
    await jsonAs("manager", { method: "GET", url: `/api/ports/${id}` }),
  );
}

/** Assessments as a manager lists them: query is the list's query string. */
export async function listAssessments(query: string): Promise<Assessment[]> {
  return AssessmentListResponseSchema.parse(
    await jsonAs("manager", {
      method: "GET",
      url: `/api/assessments?${query}`,
    }),
  ).data;
}

export async function assessmentById(id: string): Promise<Assessment> {
  return AssessmentSchema.parse(
    await jsonAs("manager", { method: "GET", url: `/api/assessments/${id}` }),
  );
}

/** Every account, as an administrator lists them. */
export async function allAccounts(): Promise<Account[]> {
  const { data, total } = AccountListResponseSchema.parse(
    await jsonAs("admin", { method: "GET", url: "/api/accounts?perPage=100" }),
  );
  if (data.length !== total)
    throw new Error(`${total} accounts: more than one page`);
  return data;
}

export async function accountByUsername(username: string): Promise<Account> {
  const account = (await allAccounts()).find((a) => a.username === username);
  if (!account) throw new Error(`no account ${username}`);
  return AccountSchema.parse(
    await jsonAs("admin", {
      method: "GET",
      url: `/api/accounts/${account.id}`,
    }),
  );
}
