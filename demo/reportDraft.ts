// One report before numbering: text, place, marking and where it has got to in the workflow.
import type { Channel, InsiderType, Port, ReportCategory } from "../src/domain";
import { decideLifecycle } from "./reportLifecycle";
import { pickHandling } from "./reportMix";
import type { Random } from "./random";
import { composeReportText, templateFor } from "./text/composeReportText";
import type { ReportTemplate } from "./text/reportTemplate";
import type { SlotName } from "./text/slots";
import { isoDateTime } from "./time";
import type { DemoUser, ReportDraft } from "./types";

export interface DraftInput {
  port: Port;
  category: ReportCategory;
  insiderType: InsiderType | null;
  channel: Channel;
  receivedMs: number;
  nowMs: number;
  deskOfficers: readonly DemoUser[];
  /** Campaigns bring their own wording and shared names. */
  template?: ReportTemplate;
  fixedSlots?: Partial<Record<SlotName, string>>;
}

/** Share of reports that pin a spot (a gate, a berth) rather than just naming the port. */
const locatedShare = 0.3;

export function draftReport(random: Random, input: DraftInput): ReportDraft {
  const { port, category, insiderType, receivedMs } = input;
  const id = random.uuid();
  const text = composeReportText(
    random,
    input.template ?? templateFor(category, insiderType),
    {
      port,
      fixedSlots: input.fixedSlots,
    },
  );
  const location = random.chance(locatedShare)
    ? {
        lat: round5(port.lat + random.normal(0, 0.008)),
        lon: round5(port.lon + random.normal(0, 0.012)),
      }
    : null;
  const receivedAt = isoDateTime(receivedMs);
  return {
    id,
    receivedAt,
    channel: input.channel,
    portId: port.id,
    location,
    category,
    insiderType,
    summary: text.summary,
    details: text.details,
    handling: pickHandling(random, category),
    createdAt: receivedAt,
    ...decideLifecycle(random, {
      receivedMs,
      nowMs: input.nowMs,
      category,
      port,
      deskOfficers: input.deskOfficers,
    }),
  };
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
