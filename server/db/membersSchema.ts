// PortSafe members, their PSeMS assessments and the PSeMS framework they are scored against.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import {
  type ActionItem,
  memberStatuses,
  memberTypes,
  assessmentKinds,
  assessmentStatuses,
} from "../../src/domain";
import { timestamps, oneOf } from "./schemaColumns";
import { ports } from "./reportsSchema";

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
    check("members_type_check", oneOf("type", memberTypes)),
    check("members_status_check", oneOf("status", memberStatuses)),
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
    conflictOfInterestDeclared: boolean("conflict_of_interest_declared")
      .notNull()
      .default(false),
    accountableManager: text("accountable_manager"),
    scores: jsonb("scores")
      .$type<Record<string, number>>()
      .notNull()
      .default({}),
    /**
     * Action items live inside the assessment (not a table of their own): they are edited as one
     * list with it, covered by its version and If-Match, and copied whole into a baseline.
     */
    actionItems: jsonb("action_items")
      .$type<ActionItem[]>()
      .notNull()
      .default([]),
    baselineId: uuid("baseline_id").references(
      (): AnyPgColumn => assessments.id,
    ),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("assessments_member_idx").on(t.memberId),
    index("assessments_due_idx").on(t.dueOn),
    // Serves "the member's last completed assessment" behind every review date and coverage figure.
    index("assessments_member_completed_idx")
      .on(t.memberId, t.completedOn)
      .where(sql`status = 'completed'`),
    check("assessments_kind_check", oneOf("kind", assessmentKinds)),
    check("assessments_status_check", oneOf("status", assessmentStatuses)),
    check("assessments_step_check", sql`step between 1 and 4`),
  ],
);

/** The PSeMS framework's settings and version (one row); its steps and elements are below. */
export const psemsFramework = pgTable(
  "psems_framework",
  {
    id: smallint("id").primaryKey().default(1),
    reviewCycleYears: smallint("review_cycle_years").notNull().default(5),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  () => [
    check("psems_framework_single_row", sql`id = 1`),
    check(
      "psems_framework_cycle_check",
      sql`review_cycle_years between 1 and 5`,
    ),
  ],
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
