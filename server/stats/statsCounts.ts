// Where the /api/stats aggregates count reports from. The whole UK days or months of a window come
// from the smallest rollup that keeps every column the query filters and groups by (plus its
// pending deltas); the part of the window outside whole units, and any query no rollup can
// answer, from `reports` itself through its covering stats index. Every branch yields the same
// columns, so the aggregates read one derived table, `counts`, whatever it is made of.
import { sql, type SQL } from "drizzle-orm";
import { statsTimeZone } from "../../src/domain";
import type { Queryable } from "../db/connect";
import { queryRows } from "../db/rawQuery";
import { ports, reports } from "../db/schema";
import { reportCountDeltas } from "../db/statsRollupSchema";
import {
  deltaUnit,
  keeps,
  statsRollups,
  type CalendarUnit,
  type StatsRollup,
} from "./statsRollups";
import {
  filterConditions,
  filteredColumns,
  type CountedColumn,
  type CountedColumns,
  type StatsFilters,
} from "./statsFilters";

export interface CountsRequest {
  from: Date;
  to: Date;
  filters: StatsFilters;
  /** Counted columns the query groups by, besides those the filters read. */
  groupedBy: readonly CountedColumn[];
  /**
   * The calendar unit the query buckets by: "day" for days and weeks, "month" for months, null
   * for totals over the whole window. A rollup is usable only if its unit divides the buckets.
   */
  bucketUnit: CalendarUnit | null;
}

/** The derived table's columns, for the aggregates that read it. */
export const countsTable = {
  /** When a report counted one by one arrived; null on rollup rows. */
  at: sql`counts.at`,
  /**
   * The UK day or month (its first day) of a rollup row; null on reports counted one by one.
   * Rollup rows are bucketed by date, with no time-zone conversion per row.
   */
  day: sql`counts.day`,
  portId: sql`counts.port_id`,
  nation: sql`counts.nation`,
  category: sql`counts.category`,
  insiderType: sql`counts.insider_type`,
  channel: sql`counts.channel`,
  status: sql`counts.status`,
  n: sql`counts.n`,
} satisfies Record<CountedColumn | "at" | "day" | "n", SQL>;

const countedOrder: readonly CountedColumn[] = [
  "portId",
  "nation",
  "category",
  "insiderType",
  "channel",
  "status",
];

function needed(request: CountsRequest): CountedColumn[] {
  return [...filteredColumns(request.filters), ...request.groupedBy];
}

function rollupFor(request: CountsRequest): StatsRollup | undefined {
  return statsRollups.find(
    (rollup) =>
      (rollup.unit === "day" || request.bucketUnit !== "day") &&
      needed(request).every((column) => keeps(rollup, column)),
  );
}

/**
 * A table's counted columns, and the join that adds its ports' nation when the query reads the
 * nation and the table keeps only the port.
 */
function withNation(
  table: SQL,
  columns: CountedColumns,
  request: CountsRequest,
): { from: SQL; columns: CountedColumns } {
  if (columns.nation || !columns.portId || !needed(request).includes("nation"))
    return { from: table, columns };
  return {
    from: sql`${table} join ${ports} on ${ports.id} = ${columns.portId}`,
    columns: { ...columns, nation: ports.nation },
  };
}

interface WholeUnits {
  /** First and last-plus-one unit, as UK calendar dates (YYYY-MM-DD). */
  first: string;
  end: string;
  /** The instants those UK dates start at. */
  firstAt: Date;
  endAt: Date;
}

const isoUtc = 'YYYY-MM-DD"T"HH24:MI:SS"Z"';

/** The whole UK days or months inside [from, to), or null if there is none. */
async function wholeUnits(
  db: Queryable,
  unit: CalendarUnit,
  from: Date,
  to: Date,
): Promise<WholeUnits | null> {
  const [row] = await queryRows<{
    first: string;
    end: string;
    firstAt: string;
    endAt: string;
  }>(
    db,
    sql`with local as (
          select ${from.toISOString()}::timestamptz at time zone ${statsTimeZone} as f,
                 ${to.toISOString()}::timestamptz at time zone ${statsTimeZone} as t),
        units as (
          select case when date_trunc(${unit}, f) = f then f else date_trunc(${unit}, f) + ${`1 ${unit}`}::interval end as first,
                 date_trunc(${unit}, t) as "end"
          from local)
        select to_char(first, 'YYYY-MM-DD') as first, to_char("end", 'YYYY-MM-DD') as "end",
               to_char(first at time zone ${statsTimeZone} at time zone 'UTC', ${isoUtc}) as "firstAt",
               to_char("end" at time zone ${statsTimeZone} at time zone 'UTC', ${isoUtc}) as "endAt"
        from units where first < "end"`,
  );
  if (!row) return null;
  return {
    first: row.first,
    end: row.end,
    firstAt: new Date(row.firstAt),
    endAt: new Date(row.endAt),
  };
}

/** One branch's select list, in the derived table's column order; absent columns are null. */
function selectList(
  when: { at: SQL } | { day: SQL },
  columns: CountedColumns,
  n: SQL,
): SQL {
  const at = "at" in when ? when.at : sql`null::timestamptz`;
  const day = "day" in when ? sql`(${when.day})::date` : sql`null::date`;
  const values = countedOrder.map((name) => {
    const column = columns[name];
    return column ? sql`${column}` : sql`null::text`;
  });
  return sql.join([at, day, ...values, n], sql`, `);
}

function where(conditions: SQL[]): SQL {
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

/** Reports received in [from, to) that match the filters, one row each. */
function reportsBetween(from: Date, to: Date, request: CountsRequest): SQL {
  const source = withNation(sql`${reports}`, reports, request);
  const conditions = [
    sql`${reports.receivedAt} >= ${from}`,
    sql`${reports.receivedAt} < ${to}`,
    ...filterConditions(request.filters, source.columns),
  ];
  return sql`select ${selectList({ at: sql`${reports.receivedAt}` }, source.columns, sql`1`)} from ${source.from} where ${where(conditions)}`;
}

/** A rollup's rows for the whole units, and the pending deltas for them at its grain. */
function rollupBetween(
  rollup: StatsRollup,
  units: WholeUnits,
  request: CountsRequest,
): SQL[] {
  const stored = withNation(sql`${rollup.table}`, rollup.columns, request);
  const storedWhere = [
    sql`${rollup.unitColumn} >= ${units.first}::date`,
    sql`${rollup.unitColumn} < ${units.end}::date`,
    ...filterConditions(request.filters, stored.columns),
  ];
  // The pending deltas, read exactly as the rollup will hold them once folded in: at its columns,
  // and with the nation from the same place (its own column, or the port's current nation).
  const pending = withNation(
    sql`${reportCountDeltas}`,
    Object.fromEntries(
      Object.keys(rollup.columns).map((c) => [
        c,
        reportCountDeltas[c as CountedColumn],
      ]),
    ),
    request,
  );
  const pendingWhere = [
    sql`${reportCountDeltas.day} >= ${units.first}::date`,
    sql`${reportCountDeltas.day} < ${units.end}::date`,
    ...filterConditions(request.filters, pending.columns),
  ];
  return [
    sql`select ${selectList({ day: sql`${rollup.unitColumn}` }, stored.columns, sql`${rollup.n}`)} from ${stored.from} where ${where(storedWhere)}`,
    sql`select ${selectList({ day: deltaUnit(rollup.unit) }, pending.columns, sql`${reportCountDeltas.n}`)} from ${pending.from} where ${where(pendingWhere)}`,
  ];
}

/**
 * The reports received in [from, to) matching the filters, as the derived table
 * `counts(at, day, port_id, nation, category, insider_type, channel, status, n)`: sum `n`, never count rows.
 * Columns the chosen source does not keep are null; the request names every column it reads.
 */
export async function countsSource(
  db: Queryable,
  request: CountsRequest,
): Promise<SQL> {
  const { from, to } = request;
  const rollup = rollupFor(request);
  const units = rollup ? await wholeUnits(db, rollup.unit, from, to) : null;
  const branches =
    rollup && units
      ? [
          ...rollupBetween(rollup, units, request),
          ...(from < units.firstAt
            ? [reportsBetween(from, units.firstAt, request)]
            : []),
          ...(units.endAt < to
            ? [reportsBetween(units.endAt, to, request)]
            : []),
        ]
      : [reportsBetween(from, to, request)];
  return sql`(${sql.join(branches, sql` union all `)}) as counts(at, day, port_id, nation, category, insider_type, channel, status, n)`;
}
