// The JMSC managers' commands as react-admin "custom methods" of the data provider: the PSeMS
// framework, the coverage figures, the member register as CSV, and starting a new assessment
// from an earlier one. Reached through usePortSafeApi, so a 401 from any of them signs out.
import {
  AssessmentSchema,
  CoverageSchema,
  MemberImportResultSchema,
  PsemsFrameworkSchema,
  etagFor,
  type Assessment,
  type AssessmentBaselineRequest,
  type Coverage,
  type CoverageQuery,
  type MemberImportResult,
  type PsemsFramework,
  type PsemsFrameworkUpdate,
} from "../domain";
import { apiDownload, apiFetch } from "./http";

export interface ManagerMethods {
  getPsemsFramework(): Promise<PsemsFramework>;
  /** Replaces the whole framework at the version the admin saw (If-Match). */
  updatePsemsFramework(
    version: number,
    framework: PsemsFrameworkUpdate,
  ): Promise<PsemsFramework>;
  getCoverage(query?: CoverageQuery): Promise<Coverage>;
  /** All rows or none: a rejected file answers 400 with one field problem per failing cell. */
  importMembers(csv: string): Promise<MemberImportResult>;
  /** The register as CSV with the list's filters and order (`page`/`perPage` left out). */
  exportMembers(query: URLSearchParams): Promise<Blob>;
  startAssessmentFromBaseline(
    baselineId: string,
    request: Partial<AssessmentBaselineRequest>,
  ): Promise<Assessment>;
}

export const managerMethods: ManagerMethods = {
  async getPsemsFramework() {
    return (await apiFetch("/psems/framework", PsemsFrameworkSchema)).json;
  },

  async updatePsemsFramework(version, framework) {
    const { json } = await apiFetch("/psems/framework", PsemsFrameworkSchema, {
      method: "PUT",
      body: framework,
      headers: { "If-Match": etagFor(version) },
    });
    return json;
  },

  async getCoverage(query = {}) {
    const search = new URLSearchParams(
      Object.entries(query).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
    return (await apiFetch("/coverage", CoverageSchema, { query: search }))
      .json;
  },

  async importMembers(csv) {
    const { json } = await apiFetch(
      "/members/import",
      MemberImportResultSchema,
      {
        method: "POST",
        body: { csv },
      },
    );
    return json;
  },

  async exportMembers(query) {
    const search = new URLSearchParams(query);
    search.delete("page");
    search.delete("perPage");
    return apiDownload("/members/export.csv", search);
  },

  async startAssessmentFromBaseline(baselineId, request) {
    const { json } = await apiFetch(
      `/assessments/${encodeURIComponent(baselineId)}/baseline`,
      AssessmentSchema,
      { method: "POST", body: request },
    );
    return json;
  },
};
