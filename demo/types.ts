// The shape of the demo dataset. Every record type comes from the contract in src/domain;
// only the campaign ground truth is specific to the demo.
import type {
  Assessment,
  InsiderType,
  Member,
  Port,
  Report,
  ReportCategory,
  UserSummary,
} from "../src/domain";

export type DemoUser = UserSummary;

/**
 * A cross-port campaign injected into the reports, so pattern detection can be tested against a
 * known answer: which reports belong together, at which ports, over which window.
 */
export interface DemoCampaign {
  id: string;
  name: string;
  category: ReportCategory;
  insiderType?: InsiderType;
  /** The shared name (vessel, haulier) every report of the campaign mentions, when there is one. */
  entity?: string;
  portIds: string[];
  reportIds: string[];
  /** ISO date-times bounding every report's receivedAt (inclusive). */
  from: string;
  to: string;
}

export interface DemoDataset {
  users: DemoUser[];
  ports: Port[];
  members: Member[];
  assessments: Assessment[];
  reports: Report[];
  campaigns: DemoCampaign[];
}

export interface GenerateDemoDatasetOptions {
  seed?: number;
  /** Everything is dated relative to this instant; nothing is dated after it. */
  now: Date;
  /** Background reports over three years, before the campaigns are added. */
  reportCount?: number;
}

/** A report before its human reference and Crimestoppers reference are numbered in time order. */
export type ReportDraft = Omit<
  Report,
  "reference" | "externalRef" | "thrive" | "slaDueAt"
>;
