// What happens around a report: its timeline, referrals, links, intake records, who has it open,
// the names found in it and analysts' reviews of the patterns it belongs to.
import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import {
  patternKinds,
  referralTargetKinds,
  reportLinkKinds,
} from "../../src/domain";
import { oneOf } from "./schemaColumns";
import { users } from "./accountsSchema";
import { reports } from "./reportsSchema";

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
    index("referrals_open_idx")
      .on(t.sentAt)
      .where(sql`outcome is null`),
    check(
      "referrals_target_kind_check",
      oneOf("target_kind", referralTargetKinds),
    ),
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
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    createdById: uuid("created_by_id").references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.linkedReportId] }),
    index("report_links_linked_idx").on(t.linkedReportId),
    check("report_links_kind_check", oneOf("kind", reportLinkKinds)),
    check("report_links_not_self", sql`report_id <> linked_report_id`),
  ],
);

/** Keys the Crimestoppers feed authenticates with; only a hash is kept. */
export const intakeKeys = pgTable("intake_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  keyHash: text("key_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true })
    .notNull()
    .defaultNow(),
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
  createdAt: timestamp("created_at", { withTimezone: true })
    .notNull()
    .defaultNow(),
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
    reviewedAt: timestamp("reviewed_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  () => [
    check(
      "pattern_reviews_status_check",
      oneOf("status", ["reviewed", "dismissed"]),
    ),
    check("pattern_reviews_kind_check", oneOf("kind", patternKinds)),
  ],
);
