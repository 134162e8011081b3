// The database schema (drizzle). Migrations in server/db/migrations are generated from this
// file with `npm run db:generate`; both PGlite and PostgreSQL run the same SQL.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { ActionItem } from "../../src/domain/assessment";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** Renders a CHECK that a column holds one of the domain's enum values. */
function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);
}

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  passwordHash: text("password_hash").notNull(),
  roles: text("roles").array().notNull(),
  disabled: boolean("disabled").notNull().default(false),
  /** The TOTP secret once enrolment is confirmed; null until then. */
  totpSecret: text("totp_secret"),
  /** The last TOTP time step accepted, so a code cannot be replayed within its window. */
  totpLastStep: integer("totp_last_step"),
  /** SHA-256 hashes of unused recovery codes. */
  recoveryCodeHashes: text("recovery_code_hashes").array().notNull().default(sql`'{}'::text[]`),
  version: integer("version").notNull().default(1),
  ...timestamps,
});

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie's token: a leaked table does not hand out live sessions. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Signed in with a password but not yet with a second factor (or not yet enrolled). */
    mfaPending: boolean("mfa_pending").notNull().default(false),
    /** A TOTP secret offered during enrolment, kept only until confirmed. */
    pendingTotpSecret: text("pending_totp_secret"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const ports = pgTable("ports", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  nation: text("nation").notNull(),
  crownDependency: boolean("crown_dependency").notNull(),
  lat: doublePrecision("lat").notNull(),
  lon: doublePrecision("lon").notNull(),
  unlocode: text("unlocode").notNull().unique(),
  tier: smallint("tier").notNull(),
  role: text("role").notNull(),
  territorialPoliceCode: text("territorial_police_code"),
  territorialPoliceForce: text("territorial_police_force").notNull(),
  portPoliceForce: text("port_police_force"),
});

export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull().unique(),
    externalRef: text("external_ref").notNull().unique(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    channel: text("channel").notNull(),
    portId: text("port_id")
      .notNull()
      .references(() => ports.id),
    locationLat: doublePrecision("location_lat"),
    locationLon: doublePrecision("location_lon"),
    category: text("category").notNull(),
    insiderType: text("insider_type"),
    summary: text("summary").notNull(),
    details: text("details").notNull(),
    status: text("status").notNull().default("new"),
    risk: text("risk"),
    riskRationale: text("risk_rationale"),
    thrive: jsonb("thrive").$type<Record<string, string>>(),
    /** When the current service-level clock runs out (domain `slaDueAt`); kept on every write. */
    slaDueAt: timestamp("sla_due_at", { withTimezone: true }),
    assigneeId: uuid("assignee_id").references(() => users.id),
    handling: text("handling").notNull().default("OFFICIAL"),
    closureReason: text("closure_reason"),
    firstAssessedAt: timestamp("first_assessed_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("reports_received_idx").on(t.receivedAt.desc(), t.id),
    index("reports_status_received_idx").on(t.status, t.receivedAt.desc()),
    index("reports_port_received_idx").on(t.portId, t.receivedAt.desc()),
    index("reports_category_received_idx").on(t.category, t.receivedAt.desc()),
    // Covers every column /api/stats groups and filters by, so its aggregates are index-only scans
    // once VACUUM has marked pages all-visible (measured at 100k reports on PGlite: 2–3× faster).
    index("reports_stats_idx").on(t.receivedAt, t.portId, t.category, t.insiderType, t.channel, t.status),
    // The same columns led by port: charts by day or week filtered to ports, a nation, a force or a
    // tier, which no rollup answers (their only per-port rollups are monthly), read just those ports.
    index("reports_port_stats_idx").on(t.portId, t.receivedAt, t.category, t.insiderType, t.channel, t.status),
    index("reports_assignee_idx").on(t.assigneeId, t.status),
    index("reports_sla_idx").on(t.slaDueAt).where(sql`sla_due_at is not null`),
    index("reports_risk_idx").on(t.risk, t.status),
    // Open reports are a small share of the table: the queue counts read this instead of every row.
    index("reports_open_idx").on(t.status, t.assigneeId, t.risk, t.slaDueAt).where(sql`status <> 'closed'`),
    // Text search `q` runs ILIKE over this exact expression; the trigram index serves it.
    // Duplicate suggestions compare summaries with pg_trgm's % operator.
    index("reports_summary_trgm_idx").using("gin", sql`${t.summary} gin_trgm_ops`),
    index("reports_text_trgm_idx").using("gin", sql`(${t.reference} || ' ' || ${t.summary} || ' ' || ${t.details}) gin_trgm_ops`),
    check("reports_status_check", sql`status in ('new', 'triage', 'on_hold', 'actioned', 'closed')`),
    check("reports_risk_check", sql`risk is null or risk in ('immediate', 'high', 'medium', 'low')`),
    check("reports_channel_check", oneOf("channel", ["hotline", "online", "direct"])),
    check("reports_handling_check", oneOf("handling", ["OFFICIAL", "OFFICIAL-SENSITIVE"])),
    check("reports_insider_type_check", sql`insider_type is null or category = 'insider_threat'`),
  ],
);

/** Per-year counters for human references (PS-2026-000123), bumped in the insert's transaction. */
export const reportReferenceCounters = pgTable("report_reference_counters", {
  year: integer("year").primaryKey(),
  lastSequence: integer("last_sequence").notNull(),
});

export const members = pgTable(
  "members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    type: text("type").notNull(),
    portId: text("port_id")
      .notNull()
      .references(() => ports.id),
    contactName: text("contact_name").notNull(),
    contactRole: text("contact_role").notNull(),
    contactEmail: text("contact_email").notNull(),
    contactPhone: text("contact_phone"),
    joinedOn: date("joined_on", { mode: "string" }).notNull(),
    assetPackIssued: boolean("asset_pack_issued").notNull().default(false),
    actAccess: boolean("act_access").notNull().default(false),
    newsletter: boolean("newsletter").notNull().default(true),
    status: text("status").notNull().default("active"),
    /** The latest major change at the member; one after its last assessment brings the review forward. */
    majorChangeOn: date("major_change_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("members_port_idx").on(t.portId),
    index("members_name_idx").on(t.name),
    // One register entry per organisation and port, whatever the capitals (imports rely on it).
    uniqueIndex("members_port_name_idx").on(t.portId, sql`lower(${t.name})`),
    check("members_type_check", oneOf("type", ["port_authority", "port_facility", "terminal_operator", "security_provider", "shipping_line", "logistics_operator"])),
    check("members_status_check", oneOf("status", ["active", "lapsed"])),
  ],
);

export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id),
    kind: text("kind").notNull(),
    step: smallint("step").notNull(),
    status: text("status").notNull(),
    startedOn: date("started_on", { mode: "string" }),
    completedOn: date("completed_on", { mode: "string" }),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    reviewerName: text("reviewer_name"),
    conflictOfInterestDeclared: boolean("conflict_of_interest_declared").notNull().default(false),
    accountableManager: text("accountable_manager"),
    scores: jsonb("scores").$type<Record<string, number>>().notNull().default({}),
    /**
     * Action items live inside the assessment (not a table of their own): they are edited as one
     * list with it, covered by its version and If-Match, and copied whole into a baseline.
     */
    actionItems: jsonb("action_items").$type<ActionItem[]>().notNull().default([]),
    baselineId: uuid("baseline_id").references((): AnyPgColumn => assessments.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("assessments_member_idx").on(t.memberId),
    index("assessments_due_idx").on(t.dueOn),
    // Serves "the member's last completed assessment" behind every review date and coverage figure.
    index("assessments_member_completed_idx").on(t.memberId, t.completedOn).where(sql`status = 'completed'`),
    check("assessments_kind_check", oneOf("kind", ["self_gap_analysis", "independent_review", "on_site_evaluation"])),
    check("assessments_status_check", oneOf("status", ["planned", "in_progress", "completed", "cancelled"])),
    check("assessments_step_check", sql`step between 1 and 4`),
  ],
);

/** Append-only record of who did what, when and from where. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorName: text("actor_name"),
    action: text("action").notNull(),
    entity: text("entity"),
    entityId: text("entity_id"),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
    ip: inet("ip"),
    /** Hash of the previous row and of this one: editing or removing any row breaks the chain. */
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_entity_idx").on(t.entity, t.entityId)],
);

/** The timeline of each report: who did what, when and why. Append-only. */
export const reportEvents = pgTable(
  "report_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    actorName: text("actor_name"),
    kind: text("kind").notNull(),
    summary: text("summary").notNull(),
    reason: text("reason"),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
  },
  (t) => [index("report_events_report_idx").on(t.reportId, t.at)],
);

export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    targetKind: text("target_kind").notNull(),
    targetName: text("target_name").notNull(),
    note: text("note"),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    sentById: uuid("sent_by_id").references(() => users.id),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    outcome: text("outcome"),
    outcomeAt: timestamp("outcome_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("referrals_report_idx").on(t.reportId),
    // The register lists what still awaits an acknowledgement or an outcome.
    index("referrals_open_idx").on(t.sentAt).where(sql`outcome is null`),
    check("referrals_target_kind_check", oneOf("target_kind", ["territorial_force", "port_police", "agency"])),
  ],
);

/** Two reports linked as duplicate or corroborating; both are kept. */
export const reportLinks = pgTable(
  "report_links",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    linkedReportId: uuid("linked_report_id")
      .notNull()
      .references(() => reports.id),
    kind: text("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdById: uuid("created_by_id").references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.linkedReportId] }),
    index("report_links_linked_idx").on(t.linkedReportId),
    check("report_links_kind_check", oneOf("kind", ["duplicate", "corroborating"])),
    check("report_links_not_self", sql`report_id <> linked_report_id`),
  ],
);

/** Keys the Crimestoppers feed authenticates with; only a hash is kept. */
export const intakeKeys = pgTable("intake_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  keyHash: text("key_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

/**
 * Idempotent intake: the first response to each Idempotency-Key, with a hash of its body, so a
 * retry gets the same answer and a different body under the same key is refused.
 */
export const intakeRequests = pgTable("intake_requests", {
  idempotencyKey: text("idempotency_key").primaryKey(),
  bodyHash: text("body_hash").notNull(),
  reportId: uuid("report_id")
    .notNull()
    .references(() => reports.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Settings an admin can change at run time (e.g. the SLA policy), as JSON by key. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Who has a report open right now: a heartbeat row per viewer, expired by age. */
export const reportViewers = pgTable(
  "report_viewers",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.userId] })],
);

/** The PSeMS framework's settings and version (one row); its steps and elements are below. */
export const psemsFramework = pgTable(
  "psems_framework",
  {
    id: smallint("id").primaryKey().default(1),
    reviewCycleYears: smallint("review_cycle_years").notNull().default(5),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  () => [check("psems_framework_single_row", sql`id = 1`), check("psems_framework_cycle_check", sql`review_cycle_years between 1 and 5`)],
);

/** The four steps of the PSeMS journey, by number; an admin may rename them. */
export const psemsSteps = pgTable(
  "psems_steps",
  {
    number: smallint("number").primaryKey(),
    name: text("name").notNull(),
  },
  () => [check("psems_steps_number_check", sql`number between 1 and 4`)],
);

/** The elements scored 0–4 for maturity, in display order; assessments' scores are keyed by `key`. */
export const psemsElements = pgTable("psems_elements", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  position: smallint("position").notNull().unique(),
});

/**
 * Vessels, companies and vehicle registrations named in each report's text, for cross-port
 * pattern detection. Filled lazily by /api/patterns from the same pure extractor the tests use,
 * so reading 100k reports' free text is paid once, not on every request.
 */
export const reportEntities = pgTable("report_entities", {
  reportId: uuid("report_id")
    .primaryKey()
    .references(() => reports.id, { onDelete: "cascade" }),
  /** The report's version when its text was read; a report at another version is read again. */
  reportVersion: integer("report_version").notNull(),
  entities: text("entities").array().notNull(),
});

/**
 * An analyst's review of a detected pattern, keyed by the pattern's content hash. The pattern as
 * reviewed is kept with it, so the decision still reads sensibly after new reports change the picture.
 */
export const patternReviews = pgTable(
  "pattern_reviews",
  {
    patternId: text("pattern_id").primaryKey(),
    status: text("status").notNull(),
    note: text("note"),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    portIds: text("port_ids").array().notNull(),
    reportIds: uuid("report_ids").array().notNull(),
    patternFrom: timestamp("pattern_from", { withTimezone: true }).notNull(),
    patternTo: timestamp("pattern_to", { withTimezone: true }).notNull(),
    reviewedById: uuid("reviewed_by_id").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    check("pattern_reviews_status_check", oneOf("status", ["reviewed", "dismissed"])),
    check("pattern_reviews_kind_check", oneOf("kind", ["category_rise", "shared_entity", "space_time_cluster"])),
  ],
);

// The /api/stats rollups live in their own file; drizzle-kit reads them through this export.
export * from "./statsRollupSchema";
