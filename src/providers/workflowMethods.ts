// The desk's workflow commands as react-admin "custom methods" of the data provider. Each is one
// explicit API command (DESIGN.md §4); every change to a report or referral carries the version
// the officer saw as If-Match, so a colleague's change is never overwritten silently.
import {
  BulkResultSchema,
  QueueCountsSchema,
  ReferralSchema,
  ReferralSuggestionListResponseSchema,
  ReportEventListResponseSchema,
  ReportEventSchema,
  ReportSchema,
  ReportViewersResponseSchema,
  SimilarReportListResponseSchema,
  etagFor,
  type BulkAction,
  type QueueCounts,
  type Referral,
  type ReferralCreate,
  type ReferralSuggestion,
  type ReferralUpdate,
  type Report,
  type ReportEvent,
  type ReportLinkKind,
  type ReportViewer,
  type SimilarReport,
  type TransitionRequestBody,
} from "../domain";
import { apiFetch, NoContentSchema } from "./http";

/** What a command needs to know of the record it changes: which one, and which version. */
export interface VersionedRecord {
  id: string;
  version: number;
}

function reportPath(id: string, rest = ""): string {
  return `/reports/${encodeURIComponent(id)}${rest}`;
}

function ifMatch(record: VersionedRecord): Record<string, string> {
  return { "If-Match": etagFor(record.version) };
}

export interface ReportWorkflowMethods {
  getQueueCounts(): Promise<QueueCounts>;
  /** The report now assigned to the caller, or null when there is nothing to claim. */
  claimNextReport(): Promise<Report | null>;
  transitionReport(
    report: VersionedRecord,
    request: TransitionRequestBody,
  ): Promise<Report>;
  /** `assigneeId` null unassigns. */
  assignReport(
    report: VersionedRecord,
    assigneeId: string | null,
  ): Promise<Report>;
  getReportEvents(reportId: string): Promise<ReportEvent[]>;
  addReportNote(reportId: string, text: string): Promise<ReportEvent>;
  getSimilarReports(reportId: string): Promise<SimilarReport[]>;
  linkReports(
    reportId: string,
    linkedReportId: string,
    kind: ReportLinkKind,
  ): Promise<void>;
  bulkReportAction(action: BulkAction): Promise<Report[]>;
}

export const reportWorkflowMethods: ReportWorkflowMethods = {
  async getQueueCounts() {
    // Polled and refreshed by live events, never asked for by the officer directly.
    return (
      await apiFetch("/reports/queues", QueueCountsSchema, { background: true })
    ).json;
  },

  async claimNextReport() {
    const { status, json } = await apiFetch(
      "/reports/claim",
      ReportSchema.nullable(),
      {
        method: "POST",
      },
    );
    return status === 204 ? null : json;
  },

  async transitionReport(report, request) {
    const { json } = await apiFetch(
      reportPath(report.id, "/transitions"),
      ReportSchema,
      { method: "POST", body: request, headers: ifMatch(report) },
    );
    return json;
  },

  async assignReport(report, assigneeId) {
    const { json } = await apiFetch(
      reportPath(report.id, "/assignment"),
      ReportSchema,
      { method: "POST", body: { assigneeId }, headers: ifMatch(report) },
    );
    return json;
  },

  async getReportEvents(reportId) {
    const { json } = await apiFetch(
      reportPath(reportId, "/events"),
      ReportEventListResponseSchema,
    );
    return json.data;
  },

  async addReportNote(reportId, text) {
    const { json } = await apiFetch(
      reportPath(reportId, "/notes"),
      ReportEventSchema,
      { method: "POST", body: { text } },
    );
    return json;
  },

  async getSimilarReports(reportId) {
    const { json } = await apiFetch(
      reportPath(reportId, "/similar"),
      SimilarReportListResponseSchema,
    );
    return json.data;
  },

  async linkReports(reportId, linkedReportId, kind) {
    await apiFetch(reportPath(reportId, "/links"), NoContentSchema, {
      method: "POST",
      body: { linkedReportId, kind },
    });
  },

  async bulkReportAction(action) {
    const { json } = await apiFetch("/reports/bulk", BulkResultSchema, {
      method: "POST",
      body: action,
    });
    return json.data;
  },
};

export interface ReferralMethods {
  getReferralSuggestions(reportId: string): Promise<ReferralSuggestion[]>;
  createReferral(reportId: string, referral: ReferralCreate): Promise<Referral>;
  /** Records an acknowledgement or an outcome, at the version the officer saw. */
  updateReferral(
    referral: VersionedRecord,
    update: ReferralUpdate,
  ): Promise<Referral>;
}

export const referralMethods: ReferralMethods = {
  async getReferralSuggestions(reportId) {
    const { json } = await apiFetch(
      reportPath(reportId, "/referral-suggestions"),
      ReferralSuggestionListResponseSchema,
    );
    return json.data;
  },

  async createReferral(reportId, referral) {
    const { json } = await apiFetch(
      reportPath(reportId, "/referrals"),
      ReferralSchema,
      { method: "POST", body: referral },
    );
    return json;
  },

  async updateReferral(referral, update) {
    const { json } = await apiFetch(
      `/referrals/${encodeURIComponent(referral.id)}`,
      ReferralSchema,
      { method: "PATCH", body: update, headers: ifMatch(referral) },
    );
    return json;
  },
};

export interface ReportViewerMethods {
  /** Says "I have this report open"; answers who else has. */
  heartbeatReportViewer(reportId: string): Promise<ReportViewer[]>;
  leaveReport(reportId: string): Promise<void>;
  getReportViewers(reportId: string): Promise<ReportViewer[]>;
}

export const reportViewerMethods: ReportViewerMethods = {
  async heartbeatReportViewer(reportId) {
    const { json } = await apiFetch(
      reportPath(reportId, "/viewers"),
      ReportViewersResponseSchema,
      { method: "PUT", background: true },
    );
    return json.data;
  },

  async leaveReport(reportId) {
    await apiFetch(reportPath(reportId, "/viewers"), NoContentSchema, {
      method: "DELETE",
    });
  },

  async getReportViewers(reportId) {
    const { json } = await apiFetch(
      reportPath(reportId, "/viewers"),
      ReportViewersResponseSchema,
      { background: true },
    );
    return json.data;
  },
};
