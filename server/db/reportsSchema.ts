// Ports and the reports made about them: the core of the desk.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { channels, handlingMarkings } from "../../src/domain";
import { timestamps, oneOf } from "./schemaColumns";
import { users } from "./accountsSchema";

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
    index("reports_stats_idx").on(
      t.receivedAt,
      t.portId,
      t.category,
      t.insiderType,
      t.channel,
      t.status,
    ),
    // The same columns led by port: charts by day or week filtered to ports, a nation, a force or a
    // tier, which no rollup answers (their only per-port rollups are monthly), read just those ports.
    index("reports_port_stats_idx").on(
      t.portId,
      t.receivedAt,
      t.category,
      t.insiderType,
      t.channel,
      t.status,
    ),
    index("reports_assignee_idx").on(t.assigneeId, t.status),
    index("reports_sla_idx")
      .on(t.slaDueAt)
      .where(sql`sla_due_at is not null`),
    index("reports_risk_idx").on(t.risk, t.status),
    // Open reports are a small share of the table: the queue counts read this instead of every row.
    index("reports_open_idx")
      .on(t.status, t.assigneeId, t.risk, t.slaDueAt)
      .where(sql`status <> 'closed'`),
    // Text search `q` runs ILIKE over this exact expression; the trigram index serves it.
    // Duplicate suggestions compare summaries with pg_trgm's % operator.
    index("reports_summary_trgm_idx").using(
      "gin",
      sql`${t.summary} gin_trgm_ops`,
    ),
    index("reports_text_trgm_idx").using(
      "gin",
      sql`(${t.reference} || ' ' || ${t.summary} || ' ' || ${t.details}) gin_trgm_ops`,
    ),
    check(
      "reports_status_check",
      sql`status in ('new', 'triage', 'on_hold', 'actioned', 'closed')`,
    ),
    check(
      "reports_risk_check",
      sql`risk is null or risk in ('immediate', 'high', 'medium', 'low')`,
    ),
    check("reports_channel_check", oneOf("channel", channels)),
    check("reports_handling_check", oneOf("handling", handlingMarkings)),
    check(
      "reports_insider_type_check",
      sql`insider_type is null or category = 'insider_threat'`,
    ),
  ],
);

/** Per-year counters for human references (PS-2026-000123), bumped in the insert's transaction. */
export const reportReferenceCounters = pgTable("report_reference_counters", {
  year: integer("year").primaryKey(),
  lastSequence: integer("last_sequence").notNull(),
});
