// Accounts, their sessions, the audit trail and run-time settings.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { timestamps } from "./schemaColumns";

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
