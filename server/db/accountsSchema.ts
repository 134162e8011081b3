// Accounts, their sessions, the audit trail and run-time settings.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { roleGrantStatuses } from "../../src/domain";
import { oneOf, timestamps } from "./schemaColumns";

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
  recoveryCodeHashes: text("recovery_code_hashes")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  version: integer("version").notNull().default(1),
  ...timestamps,
});

/**
 * Roles one administrator asked to give an account, waiting for a second administrator
 * (DESIGN.md §7): kept after the decision, so who asked and who approved stays on record.
 */
export const roleGrants = pgTable(
  "role_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => users.id),
    /** The roles to add once approved. */
    roles: text("roles").array().notNull(),
    status: text("status").notNull().default("pending"),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    // One open request per account: a second one would be decided without sight of the first.
    uniqueIndex("role_grants_one_pending_idx")
      .on(t.accountId)
      .where(sql`status = 'pending'`),
    index("role_grants_status_idx").on(t.status, t.requestedAt),
    check("role_grants_status_check", oneOf("status", roleGrantStatuses)),
    check(
      "role_grants_decision_check",
      sql`(status = 'pending') = (decided_by is null and decided_at is null)`,
    ),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie's token: a leaked table does not hand out live sessions. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Signed in with a password but not yet with a second factor (or not yet enrolled). */
    mfaPending: boolean("mfa_pending").notNull().default(false),
    /** A TOTP secret offered during enrolment, kept only until confirmed. */
    pendingTotpSecret: text("pending_totp_secret"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
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
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_entity_idx").on(t.entity, t.entityId),
  ],
);

/** Settings an admin can change at run time (e.g. the SLA policy), as JSON by key. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow(),
});
