// Numbers the reports in the order they arrived: PS-<year>-<sequence> restarts each year, and the
// Crimestoppers reference rises with gaps, because JMSC sees only the port-related share of them.
import { formatReportReference, slaDueAt, type Report } from "../../src/domain";
import type { Random } from "./random";
import type { ReportDraft } from "./types";

const firstExternalNumber: readonly [number, number] = [1_000_000, 1_900_000];
const externalGap: readonly [number, number] = [1, 350];

export function numberReports(
  random: Random,
  drafts: readonly ReportDraft[],
): Report[] {
  const inArrivalOrder = [...drafts].sort(
    (a, b) => compare(a.receivedAt, b.receivedAt) || compare(a.id, b.id),
  );
  const sequenceByYear = new Map<number, number>();
  const externalByYear = new Map<number, number>();
  return inArrivalOrder.map((draft) => {
    const year = Number(draft.receivedAt.slice(0, 4));
    const sequence = (sequenceByYear.get(year) ?? 0) + 1;
    sequenceByYear.set(year, sequence);
    const external =
      (externalByYear.get(year) ?? random.int(...firstExternalNumber)) +
      random.int(...externalGap);
    externalByYear.set(year, external);
    const { id, ...rest } = draft;
    return {
      id,
      reference: formatReportReference(year, sequence),
      externalRef: `CS-${year}-${String(external).padStart(7, "0")}`,
      ...rest,
      thrive: null,
      slaDueAt: slaDueAt(rest)?.toISOString() ?? null,
    };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
