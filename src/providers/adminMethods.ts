// The administrator's commands as react-admin "custom methods" of the data provider: reset a
// password (guarded by If-Match like every change), decide role grants, export and verify the
// audit log, and the SLA policy. Reached through usePortSafeApi, so a 401 from any of them signs the user out.
import type { z } from "zod";
import {
  AccountSchema,
  AuditVerificationSchema,
  RoleGrantListResponseSchema,
  RoleGrantSchema,
  SlaPolicySchema,
  etagFor,
  type Account,
  type RoleGrant,
  type SlaPolicy,
} from "../domain";
import { apiDownload, apiFetch } from "./http";
import type { VersionedRecord } from "./workflowMethods";

export type AuditVerification = z.infer<typeof AuditVerificationSchema>;

export interface AccountMethods {
  /** Sets a new password at the version the administrator saw; ends the account's sessions. */
  resetAccountPassword(
    account: VersionedRecord,
    password: string,
  ): Promise<Account>;
  /** Removes a lost authenticator; the next sign-in sets up a new one. Ends the account's sessions. */
  resetAccountSecondFactor(account: VersionedRecord): Promise<Account>;
  /** Roles asked for by one administrator, oldest first, waiting for another (at most 100). */
  pendingRoleGrants(): Promise<RoleGrant[]>;
  /** Another administrator's approval: the account gets the grant's roles. */
  approveRoleGrant(grant: RoleGrant): Promise<RoleGrant>;
  /** The account keeps its roles; whoever asked may withdraw their request this way. */
  rejectRoleGrant(grant: RoleGrant): Promise<RoleGrant>;
}

function roleGrantPath(grant: RoleGrant, decision: "approval" | "rejection") {
  return `/accounts/role-grants/${encodeURIComponent(grant.id)}/${decision}`;
}

export const accountMethods: AccountMethods = {
  async resetAccountPassword(account, password) {
    const { json } = await apiFetch(
      `/accounts/${encodeURIComponent(account.id)}/password`,
      AccountSchema,
      {
        method: "POST",
        body: { password },
        headers: { "If-Match": etagFor(account.version) },
      },
    );
    return json;
  },

  async resetAccountSecondFactor(account) {
    const { json } = await apiFetch(
      `/accounts/${encodeURIComponent(account.id)}/mfa`,
      AccountSchema,
      { method: "DELETE", headers: { "If-Match": etagFor(account.version) } },
    );
    return json;
  },

  async pendingRoleGrants() {
    const { json } = await apiFetch(
      "/accounts/role-grants",
      RoleGrantListResponseSchema,
      {
        query: new URLSearchParams({
          status: "pending",
          sort: "requestedAt",
          order: "asc",
          perPage: "100",
        }),
      },
    );
    return json.data;
  },

  async approveRoleGrant(grant) {
    const { json } = await apiFetch(
      roleGrantPath(grant, "approval"),
      RoleGrantSchema,
      { method: "POST" },
    );
    return json;
  },

  async rejectRoleGrant(grant) {
    const { json } = await apiFetch(
      roleGrantPath(grant, "rejection"),
      RoleGrantSchema,
      { method: "POST" },
    );
    return json;
  },
};

export interface AuditMethods {
  /** The filtered log as CSV (the export is itself audited). */
  exportAuditCsv(filters: URLSearchParams): Promise<Blob>;
  /** Recomputes the hash chain: intact, or the first row that was changed or removed. */
  verifyAuditChain(): Promise<AuditVerification>;
}

export const auditMethods: AuditMethods = {
  exportAuditCsv: (filters) => apiDownload("/audit/export.csv", filters),

  async verifyAuditChain() {
    const { json } = await apiFetch(
      "/audit/verification",
      AuditVerificationSchema,
    );
    return json;
  },
};

export interface SlaSettingsMethods {
  getSlaPolicy(): Promise<SlaPolicy>;
  /** Admin only; restarts every running clock under the new policy. */
  saveSlaPolicy(policy: SlaPolicy): Promise<SlaPolicy>;
}

export const slaSettingsMethods: SlaSettingsMethods = {
  async getSlaPolicy() {
    const { json } = await apiFetch("/settings/sla", SlaPolicySchema);
    return json;
  },

  async saveSlaPolicy(policy) {
    const { json } = await apiFetch("/settings/sla", SlaPolicySchema, {
      method: "PUT",
      body: policy,
    });
    return json;
  },
};
