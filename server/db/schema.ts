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
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

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
    index("reports_assignee_idx").on(t.assigneeId),
    // Text search `q` runs ILIKE over this exact expression; the trigram index serves it.
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
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [index("members_port_idx").on(t.portId), index("members_name_idx").on(t.name)],
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
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [index("assessments_member_idx").on(t.memberId), index("assessments_due_idx").on(t.dueOn)],
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
  },
  (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_entity_idx").on(t.entity, t.entityId)],
);
