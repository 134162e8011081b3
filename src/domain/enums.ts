// The vocabulary of PortSafe Desk. Every list here is the single source for the server's
// validation, the database's check constraints, the app's choices and the demo generator.
import { z } from "zod";

export const roles = ["desk", "analyst", "manager", "admin"] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

/** Report categories; insider threat comes first because it is the core of PortSafe. */
export const reportCategories = [
  "insider_threat",
  "drugs",
  "people_smuggling",
  "firearms_weapons",
  "terrorism_hostile_reconnaissance",
  "theft_cargo_crime",
  "fraud_bribery_corruption",
  "excise_smuggling",
  "security_breach",
  "modern_slavery",
  "other",
] as const;
export const ReportCategorySchema = z.enum(reportCategories);
export type ReportCategory = z.infer<typeof ReportCategorySchema>;

export const categoryLabels: Record<ReportCategory, string> = {
  insider_threat: "Insider threat",
  drugs: "Drugs",
  people_smuggling: "People smuggling / illegal migration",
  firearms_weapons: "Firearms and weapons",
  terrorism_hostile_reconnaissance: "Terrorism / hostile reconnaissance",
  theft_cargo_crime: "Theft and cargo crime",
  fraud_bribery_corruption: "Fraud, bribery and corruption",
  excise_smuggling: "Excise smuggling (tobacco, alcohol)",
  security_breach: "Security breach (access control)",
  modern_slavery: "Modern slavery",
  other: "Other",
};

/** The three insider types named in the PortSafe material (ProtectUK, 2022). */
export const insiderTypes = [
  "deliberate",
  "self_initiated",
  "exploited",
] as const;
export const InsiderTypeSchema = z.enum(insiderTypes);
export type InsiderType = z.infer<typeof InsiderTypeSchema>;

export const insiderTypeLabels: Record<InsiderType, string> = {
  deliberate: "Deliberate insider",
  self_initiated: "Volunteer / self-initiated insider",
  exploited: "Exploited / recruited insider",
};

export const reportStatuses = [
  "new",
  "triage",
  "on_hold",
  "actioned",
  "closed",
] as const;
export const ReportStatusSchema = z.enum(reportStatuses);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

export const statusLabels: Record<ReportStatus, string> = {
  new: "New",
  triage: "In triage",
  on_hold: "On hold",
  actioned: "Actioned",
  closed: "Closed",
};

/** Ordered from most to least urgent: the order of the triage queue. */
export const riskLevels = ["immediate", "high", "medium", "low"] as const;
export const RiskLevelSchema = z.enum(riskLevels);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

export const riskLabels: Record<RiskLevel, string> = {
  immediate: "Immediate",
  high: "High",
  medium: "Medium",
  low: "Low",
};

export const channels = ["hotline", "online", "direct"] as const;
export const ChannelSchema = z.enum(channels);
export type Channel = z.infer<typeof ChannelSchema>;

export const channelLabels: Record<Channel, string> = {
  hotline: "Crimestoppers hotline",
  online: "Crimestoppers online form",
  direct: "Direct to JMSC",
};

export const handlingMarkings = ["OFFICIAL", "OFFICIAL-SENSITIVE"] as const;
export const HandlingSchema = z.enum(handlingMarkings);
export type Handling = z.infer<typeof HandlingSchema>;

export const closureReasons = [
  "actioned_disrupted",
  "intelligence_retained",
  "insufficient_information",
  "duplicate",
  "malicious_false",
  "not_port_matter",
] as const;
export const ClosureReasonSchema = z.enum(closureReasons);
export type ClosureReason = z.infer<typeof ClosureReasonSchema>;

export const closureReasonLabels: Record<ClosureReason, string> = {
  actioned_disrupted: "Actioned / disrupted",
  intelligence_retained: "Intelligence retained – no further action",
  insufficient_information: "Insufficient information",
  duplicate: "Duplicate (linked, kept as corroboration)",
  malicious_false: "Malicious / false",
  not_port_matter: "Not a port matter",
};

export const nations = [
  "England",
  "Scotland",
  "Wales",
  "Northern Ireland",
  "Jersey",
  "Guernsey",
  "Isle of Man",
] as const;
export const NationSchema = z.enum(nations);
export type Nation = z.infer<typeof NationSchema>;

export const memberTypes = [
  "port_authority",
  "port_facility",
  "terminal_operator",
  "security_provider",
  "shipping_line",
  "logistics_operator",
] as const;
export const MemberTypeSchema = z.enum(memberTypes);
export type MemberType = z.infer<typeof MemberTypeSchema>;

export const memberTypeLabels: Record<MemberType, string> = {
  port_authority: "Port authority",
  port_facility: "Port facility",
  terminal_operator: "Terminal operator",
  security_provider: "Security provider",
  shipping_line: "Shipping line",
  logistics_operator: "Logistics operator",
};

export const memberStatuses = ["active", "lapsed"] as const;
export const MemberStatusSchema = z.enum(memberStatuses);
export type MemberStatus = z.infer<typeof MemberStatusSchema>;

export const assessmentKinds = [
  "self_gap_analysis",
  "independent_review",
  "on_site_evaluation",
] as const;
export const AssessmentKindSchema = z.enum(assessmentKinds);
export type AssessmentKind = z.infer<typeof AssessmentKindSchema>;

export const assessmentKindLabels: Record<AssessmentKind, string> = {
  self_gap_analysis: "Self-help GAP analysis",
  independent_review: "Independent review",
  on_site_evaluation: "On-site evaluation",
};

export const assessmentStatuses = [
  "planned",
  "in_progress",
  "completed",
  "cancelled",
] as const;
export const AssessmentStatusSchema = z.enum(assessmentStatuses);
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;

export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  completed: "Completed",
  cancelled: "Cancelled",
};
