CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"step" smallint NOT NULL,
	"status" text NOT NULL,
	"started_on" date,
	"completed_on" date,
	"due_on" date NOT NULL,
	"reviewer_name" text,
	"conflict_of_interest_declared" boolean DEFAULT false NOT NULL,
	"accountable_manager" text,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"action" text NOT NULL,
	"entity" text,
	"entity_id" text,
	"detail" jsonb,
	"ip" "inet"
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"port_id" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_role" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"joined_on" date NOT NULL,
	"asset_pack_issued" boolean DEFAULT false NOT NULL,
	"act_access" boolean DEFAULT false NOT NULL,
	"newsletter" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ports" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"nation" text NOT NULL,
	"crown_dependency" boolean NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"unlocode" text NOT NULL,
	"tier" smallint NOT NULL,
	"role" text NOT NULL,
	"territorial_police_code" text,
	"territorial_police_force" text NOT NULL,
	"port_police_force" text,
	CONSTRAINT "ports_unlocode_unique" UNIQUE("unlocode")
);
--> statement-breakpoint
CREATE TABLE "report_reference_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last_sequence" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"external_ref" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"port_id" text NOT NULL,
	"location_lat" double precision,
	"location_lon" double precision,
	"category" text NOT NULL,
	"insider_type" text,
	"summary" text NOT NULL,
	"details" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"risk" text,
	"risk_rationale" text,
	"assignee_id" uuid,
	"handling" text DEFAULT 'OFFICIAL' NOT NULL,
	"closure_reason" text,
	"first_assessed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_reference_unique" UNIQUE("reference"),
	CONSTRAINT "reports_external_ref_unique" UNIQUE("external_ref"),
	CONSTRAINT "reports_status_check" CHECK (status in ('new', 'triage', 'on_hold', 'actioned', 'closed')),
	CONSTRAINT "reports_risk_check" CHECK (risk is null or risk in ('immediate', 'high', 'medium', 'low')),
	CONSTRAINT "reports_channel_check" CHECK (channel in ('hotline', 'online', 'direct')),
	CONSTRAINT "reports_handling_check" CHECK (handling in ('OFFICIAL', 'OFFICIAL-SENSITIVE')),
	CONSTRAINT "reports_insider_type_check" CHECK (insider_type is null or category = 'insider_threat')
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_port_id_ports_id_fk" FOREIGN KEY ("port_id") REFERENCES "public"."ports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_port_id_ports_id_fk" FOREIGN KEY ("port_id") REFERENCES "public"."ports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_member_idx" ON "assessments" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "assessments_due_idx" ON "assessments" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "members_port_idx" ON "members" USING btree ("port_id");--> statement-breakpoint
CREATE INDEX "members_name_idx" ON "members" USING btree ("name");--> statement-breakpoint
CREATE INDEX "reports_received_idx" ON "reports" USING btree ("received_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "reports_status_received_idx" ON "reports" USING btree ("status","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reports_port_received_idx" ON "reports" USING btree ("port_id","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reports_category_received_idx" ON "reports" USING btree ("category","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reports_assignee_idx" ON "reports" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "reports_text_trgm_idx" ON "reports" USING gin (("reference" || ' ' || "summary" || ' ' || "details") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");