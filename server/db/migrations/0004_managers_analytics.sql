CREATE TABLE "pattern_reviews" (
	"pattern_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"port_ids" text[] NOT NULL,
	"report_ids" uuid[] NOT NULL,
	"pattern_from" timestamp with time zone NOT NULL,
	"pattern_to" timestamp with time zone NOT NULL,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pattern_reviews_status_check" CHECK (status in ('reviewed', 'dismissed')),
	CONSTRAINT "pattern_reviews_kind_check" CHECK (kind in ('category_rise', 'shared_entity', 'space_time_cluster'))
);
--> statement-breakpoint
CREATE TABLE "psems_elements" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "psems_elements_position_unique" UNIQUE("position")
);
--> statement-breakpoint
CREATE TABLE "psems_framework" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"review_cycle_years" smallint DEFAULT 5 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "psems_framework_single_row" CHECK (id = 1),
	CONSTRAINT "psems_framework_cycle_check" CHECK (review_cycle_years between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "psems_steps" (
	"number" smallint PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "psems_steps_number_check" CHECK (number between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "report_entities" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"report_version" integer NOT NULL,
	"entities" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "action_items" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "baseline_id" uuid;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "major_change_on" date;--> statement-breakpoint
ALTER TABLE "pattern_reviews" ADD CONSTRAINT "pattern_reviews_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_entities" ADD CONSTRAINT "report_entities_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_baseline_id_assessments_id_fk" FOREIGN KEY ("baseline_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_member_completed_idx" ON "assessments" USING btree ("member_id","completed_on") WHERE status = 'completed';--> statement-breakpoint
CREATE UNIQUE INDEX "members_port_name_idx" ON "members" USING btree ("port_id",lower("name"));--> statement-breakpoint
CREATE INDEX "reports_stats_idx" ON "reports" USING btree ("received_at","port_id","category","insider_type","channel","status");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_kind_check" CHECK (kind in ('self_gap_analysis', 'independent_review', 'on_site_evaluation'));--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_status_check" CHECK (status in ('planned', 'in_progress', 'completed', 'cancelled'));--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_step_check" CHECK (step between 1 and 4);--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_type_check" CHECK (type in ('port_authority', 'port_facility', 'terminal_operator', 'security_provider', 'shipping_line', 'logistics_operator'));--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_status_check" CHECK (status in ('active', 'lapsed'));--> statement-breakpoint
-- The PSeMS framework's seeded defaults (src/domain/psems.ts); an admin may edit them later.
INSERT INTO "psems_framework" ("id", "review_cycle_years", "version") VALUES (1, 5, 1);--> statement-breakpoint
INSERT INTO "psems_steps" ("number", "name") VALUES (1, 'Self-help GAP analysis'), (2, 'Improvement plan'), (3, 'Independent review'), (4, 'On-site evaluation');--> statement-breakpoint
INSERT INTO "psems_elements" ("key", "name", "position") VALUES ('governance', 'Governance and accountable manager', 0), ('legal', 'Legal and regulatory requirements', 1), ('procedures', 'Operating procedures', 2), ('delivery', 'Delivery', 3), ('monitoring', 'Monitoring', 4), ('review', 'Review', 5), ('audit', 'Audit', 6);
