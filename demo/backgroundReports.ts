// The everyday flow of reports over three years: busy gateways get far more than small harbours,
// and each port's trade shapes its category mix.
import type { Port } from "../src/domain";
import { draftReport } from "./reportDraft";
import { categoryWeightsFor, pickChannel, pickInsiderType } from "./reportMix";
import type { Random } from "./random";
import { sampleReceivedAt, threeYearsMs } from "./receivedAt";
import type { DemoUser, ReportDraft } from "./types";

/** Relative report volume per port by tier (1 = leading gateway). */
const tierWeights: Record<number, number> = { 1: 12, 2: 3, 3: 0.8 };

export interface BackgroundInput {
  ports: readonly Port[];
  nowMs: number;
  deskOfficers: readonly DemoUser[];
}

/**
 * Draws what all background reports share (how engaged each port is), then returns the draw of one
 * report; the caller draws `count` of them from the same stream, one after another. That draw reads
 * only the stream it is given, so a report can be drawn again later from a stream replayed at the
 * position it started from (`Random.at`): large datasets stream this way without being kept.
 */
export function prepareBackgroundReports(
  random: Random,
  input: BackgroundInput,
): (random: Random) => ReportDraft {
  // Ports of one tier still differ: some simply have a more engaged workforce.
  const portWeights = input.ports.map(
    (port) =>
      [port, (tierWeights[port.tier] ?? 1) * random.float(0.6, 1.5)] as const,
  );
  const categoryWeights = new Map(
    input.ports.map((port) => [port.id, categoryWeightsFor(port)]),
  );
  const startMs = input.nowMs - threeYearsMs;

  return (random) => {
    const port = random.weightedPick(portWeights);
    const category = random.weightedPick(categoryWeights.get(port.id) ?? []);
    const channel = pickChannel(random);
    return draftReport(random, {
      port,
      category,
      insiderType:
        category === "insider_threat" ? pickInsiderType(random) : null,
      channel,
      receivedMs: sampleReceivedAt(random, channel, startMs, input.nowMs),
      nowMs: input.nowMs,
      deskOfficers: input.deskOfficers,
    });
  };
}
