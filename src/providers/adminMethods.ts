// The administrator's commands as react-admin "custom methods" of the data provider: reset a
// password (guarded by If-Match like every change), export and verify the audit log, and the
// SLA policy. Reached through usePortSafeApi, so a 401 from any of them signs the user out.
import type { z } from "zod";
import {
  AccountSchema,
  AuditVerificationSchema,
  SlaPolicySchema,
  etagFor,
  type Account,
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
