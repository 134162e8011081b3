// Numbers the reports in the order they arrived: PS-<year>-<sequence> restarts each year, and the
// Crimestoppers reference rises with gaps, because JMSC sees only the port-related share of them.
import { formatReportReference, slaDueAt, type Report } from "../src/domain";
import type { Random } from "./random";
import type { ReportDraft } from "./types";

const firstExternalNumber: readonly [number, number] = [1_000_000, 1_900_000];
const externalGap: readonly [number, number] = [1, 350];

/**
 * Numbers reports handed over in arrival order (see `ArrivalOrder`), one at a time, so a caller
 * can stream them; the same stream and order always give the same references.
 */
export function reportNumberer(random: Random): (draft: ReportDraft) => Report {
  const sequenceByYear = new Map<number, number>();
  const externalByYear = new Map<number, number>();
  return (draft) => {
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
  };
}

/**
 * Puts reports in arrival order (by receipt, then by id) from a compact key per report (32 bytes),
 * so a million reports can be ordered without being kept. Receipts are ISO strings of one format
 * and ids lower-case UUIDs, so comparing these numbers orders exactly as comparing the strings.
 */
export class ArrivalOrder {
  private readonly receivedMs: Float64Array;
  private readonly idWords: Uint32Array;
  private count = 0;

  constructor(capacity: number) {
    this.receivedMs = new Float64Array(capacity);
    this.idWords = new Uint32Array(capacity * 4);
  }

  /** Adds the next report; its index is the number of reports added before it. */
  add(draft: Pick<ReportDraft, "receivedAt" | "id">): void {
    const hex = draft.id.replaceAll("-", "");
    const receivedMs = Date.parse(draft.receivedAt);
    if (!/^[0-9a-f]{32}$/.test(hex) || Number.isNaN(receivedMs))
      throw new Error(`cannot order report ${draft.id}`);
    const at = this.count++;
    this.receivedMs[at] = receivedMs;
    for (let word = 0; word < 4; word++)
      this.idWords[at * 4 + word] = parseInt(
        hex.slice(word * 8, word * 8 + 8),
        16,
      );
  }

  /** The indexes of the reports added, in arrival order. */
  sorted(): Uint32Array {
    const { receivedMs, idWords } = this;
    return Uint32Array.from({ length: this.count }, (_, i) => i).sort(
      (a, b) => {
        const byReceipt = receivedMs[a]! - receivedMs[b]!;
        if (byReceipt !== 0) return byReceipt;
        for (let word = 0; word < 4; word++) {
          const byId = idWords[a * 4 + word]! - idWords[b * 4 + word]!;
          if (byId !== 0) return byId;
        }
        return 0;
      },
    );
  }
}
