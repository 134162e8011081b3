CREATE TABLE "report_count_deltas" (
	"day" date NOT NULL,
	"port_id" text NOT NULL,
	"category" text NOT NULL,
	"insider_type" text,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"nation" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_counts_daily" (
	"day" date NOT NULL,
	"category" text NOT NULL,
	"insider_type" text,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "report_counts_daily_key" UNIQUE NULLS NOT DISTINCT("day","category","insider_type","channel","status")
);
--> statement-breakpoint
CREATE TABLE "report_counts_daily_by_nation" (
	"day" date NOT NULL,
	"nation" text NOT NULL,
	"category" text NOT NULL,
	"insider_type" text,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "report_counts_daily_by_nation_key" UNIQUE NULLS NOT DISTINCT("day","nation","category","insider_type","channel","status")
);
--> statement-breakpoint
CREATE TABLE "report_counts_monthly" (
	"month" date NOT NULL,
	"port_id" text NOT NULL,
	"category" text NOT NULL,
	"insider_type" text,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "report_counts_monthly_key" UNIQUE NULLS NOT DISTINCT("month","port_id","category","insider_type","channel","status")
);
--> statement-breakpoint
CREATE TABLE "report_counts_monthly_by_port" (
	"month" date NOT NULL,
	"port_id" text NOT NULL,
	"category" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "report_counts_monthly_by_port_key" UNIQUE("month","port_id","category")
);
--> statement-breakpoint
CREATE INDEX "reports_port_stats_idx" ON "reports" USING btree ("port_id","received_at","category","insider_type","channel","status");--> statement-breakpoint
-- Every change to a report's counted columns appends +1 / -1 rows to report_count_deltas in the
-- same transaction (see server/db/statsRollupSchema.ts). Statement triggers with transition
-- tables: one insert per statement, however many reports it touched. Days are UK calendar days
-- ('Europe/London', the domain's statsTimeZone), as the charts bucket them; the nation is the
-- port's at the time of the change.
CREATE FUNCTION report_count_deltas_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO report_count_deltas (day, port_id, category, insider_type, channel, status, nation, n)
    SELECT (r.received_at AT TIME ZONE 'Europe/London')::date, r.port_id, r.category, r.insider_type, r.channel, r.status, p.nation, count(*)::int
    FROM new_reports r JOIN ports p ON p.id = r.port_id GROUP BY 1, 2, 3, 4, 5, 6, 7;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO report_count_deltas (day, port_id, category, insider_type, channel, status, nation, n)
    SELECT (r.received_at AT TIME ZONE 'Europe/London')::date, r.port_id, r.category, r.insider_type, r.channel, r.status, p.nation, -count(*)::int
    FROM old_reports r JOIN ports p ON p.id = r.port_id GROUP BY 1, 2, 3, 4, 5, 6, 7;
  ELSE
    -- An update that leaves every counted column alone (risk, assignee, notes…) cancels out here.
    INSERT INTO report_count_deltas (day, port_id, category, insider_type, channel, status, nation, n)
    SELECT change.day, change.port_id, change.category, change.insider_type, change.channel, change.status, p.nation, sum(change.n)::int
    FROM (
      SELECT (received_at AT TIME ZONE 'Europe/London')::date AS day, port_id, category, insider_type, channel, status, 1 AS n FROM new_reports
      UNION ALL
      SELECT (received_at AT TIME ZONE 'Europe/London')::date, port_id, category, insider_type, channel, status, -1 FROM old_reports
    ) AS change JOIN ports p ON p.id = change.port_id
    GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(change.n) <> 0;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER reports_count_inserts AFTER INSERT ON reports
  REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION report_count_deltas_record();
--> statement-breakpoint
CREATE TRIGGER reports_count_updates AFTER UPDATE ON reports
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION report_count_deltas_record();
--> statement-breakpoint
CREATE TRIGGER reports_count_deletes AFTER DELETE ON reports
  REFERENCING OLD TABLE AS old_reports FOR EACH STATEMENT EXECUTE FUNCTION report_count_deltas_record();
--> statement-breakpoint
-- A port that changes nation (a correction to the reference data) moves its reports' counts. The
-- lock waits for report writes in flight (their triggers read the old nation) and holds new ones
-- until this commits, so the move below sees every report at the port and leaves none behind.
CREATE FUNCTION report_count_deltas_port_nation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM new_ports n JOIN old_ports o ON o.id = n.id WHERE o.nation <> n.nation) THEN
    RETURN NULL;
  END IF;
  LOCK TABLE reports IN SHARE MODE;
  INSERT INTO report_count_deltas (day, port_id, category, insider_type, channel, status, nation, n)
  SELECT (r.received_at AT TIME ZONE 'Europe/London')::date, r.port_id, r.category, r.insider_type, r.channel, r.status, moved.nation, moved.sign * count(*)::int
  FROM (
    SELECT n.id, n.nation, 1 AS sign FROM new_ports n JOIN old_ports o ON o.id = n.id WHERE o.nation <> n.nation
    UNION ALL
    SELECT o.id, o.nation, -1 FROM new_ports n JOIN old_ports o ON o.id = n.id WHERE o.nation <> n.nation
  ) AS moved JOIN reports r ON r.port_id = moved.id
  GROUP BY 1, 2, 3, 4, 5, 6, 7, moved.sign;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER ports_count_nation AFTER UPDATE ON ports
  REFERENCING OLD TABLE AS old_ports NEW TABLE AS new_ports FOR EACH STATEMENT EXECUTE FUNCTION report_count_deltas_port_nation();
--> statement-breakpoint
-- TRUNCATE has no transition table: start the counts again from nothing with it.
CREATE FUNCTION report_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE report_count_deltas, report_counts_daily, report_counts_daily_by_nation, report_counts_monthly, report_counts_monthly_by_port;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER reports_count_truncate AFTER TRUNCATE ON reports
  FOR EACH STATEMENT EXECUTE FUNCTION report_counts_truncate();
--> statement-breakpoint
-- The reports already stored become pending deltas; the server folds them in when it starts.
INSERT INTO report_count_deltas (day, port_id, category, insider_type, channel, status, nation, n)
SELECT (r.received_at AT TIME ZONE 'Europe/London')::date, r.port_id, r.category, r.insider_type, r.channel, r.status, p.nation, count(*)::int
FROM reports r JOIN ports p ON p.id = r.port_id GROUP BY 1, 2, 3, 4, 5, 6, 7;
