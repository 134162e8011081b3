// Cross-port campaigns with a known answer. Each adds a burst of linked reports at several ports
// in a short window, on top of the background, so pattern detection has something to find and
// tests can check that it finds exactly these.
import type { InsiderType, Port, ReportCategory } from "../src/domain";
import { draftReport } from "./reportDraft";
import { pickChannel } from "./reportMix";
import type { Random } from "./random";
import { sampleInWindow } from "./receivedAt";
import {
  droneReconnaissanceTemplate,
  exploitedCrewTemplate,
  haulierTheftTemplate,
  tailgatingTemplate,
} from "./text/campaignTemplates";
import type { ReportTemplate } from "./text/reportTemplate";
import type { SlotName } from "./text/slots";
import { isoDateTime, msPerDay } from "./time";
import type { DemoCampaign, DemoUser, ReportDraft } from "./types";

interface CampaignPlan {
  name: string;
  category: ReportCategory;
  insiderType?: InsiderType;
  entity?: string;
  portIds: readonly string[];
  startsDaysAgo: number;
  durationDays: number;
  reportsPerPort: readonly [number, number];
  template: ReportTemplate;
  fixedSlots?: Partial<Record<SlotName, string>>;
}

const campaignPlans: readonly CampaignPlan[] = [
  {
    name: "Exploited insiders unloading MV Northern Tern (east coast)",
    category: "insider_threat",
    insiderType: "exploited",
    entity: "MV Northern Tern",
    portIds: ["felixstowe", "london-gateway", "tilbury", "immingham"],
    startsDaysAgo: 45,
    durationDays: 21,
    reportsPerPort: [3, 5],
    template: exploitedCrewTemplate,
    fixedSlots: {
      vessel: "MV Northern Tern",
      origin: "Antwerp",
      drug: "cocaine",
    },
  },
  {
    name: "Cargo thefts from Kestrel Freight Ltd trailers (south coast)",
    category: "theft_cargo_crime",
    entity: "Kestrel Freight Ltd",
    portIds: ["southampton", "portsmouth", "dover", "poole"],
    startsDaysAgo: 120,
    durationDays: 35,
    reportsPerPort: [3, 4],
    template: haulierTheftTemplate,
    fixedSlots: { haulier: "Kestrel Freight Ltd" },
  },
  {
    name: "Tailgating at access gates (north west)",
    category: "security_breach",
    portIds: ["liverpool", "birkenhead", "heysham", "holyhead"],
    startsDaysAgo: 300,
    durationDays: 14,
    reportsPerPort: [3, 4],
    template: tailgatingTemplate,
  },
  {
    name: "Drone reconnaissance over Firth of Forth terminals",
    category: "terrorism_hostile_reconnaissance",
    portIds: [
      "grangemouth",
      "hound-point-terminal",
      "rosyth",
      "braefoot-bay-terminal",
    ],
    startsDaysAgo: 500,
    durationDays: 5,
    reportsPerPort: [2, 3],
    template: droneReconnaissanceTemplate,
  },
];

export interface CampaignInput {
  portsById: ReadonlyMap<string, Port>;
  nowMs: number;
  deskOfficers: readonly DemoUser[];
}

export function generateCampaigns(
  random: Random,
  input: CampaignInput,
): { campaigns: DemoCampaign[]; drafts: ReportDraft[] } {
  const campaigns: DemoCampaign[] = [];
  const drafts: ReportDraft[] = [];
  for (const plan of campaignPlans) {
    // Windows start at midnight UTC so the ground truth reads cleanly.
    const startMs =
      Math.floor((input.nowMs - plan.startsDaysAgo * msPerDay) / msPerDay) *
      msPerDay;
    const endMs = startMs + plan.durationDays * msPerDay;
    const campaignDrafts = plan.portIds.flatMap((portId) => {
      const port = input.portsById.get(portId);
      if (!port)
        throw new Error(`campaign "${plan.name}" names unknown port ${portId}`);
      return Array.from({ length: random.int(...plan.reportsPerPort) }, () => {
        const channel = pickChannel(random);
        return draftReport(random, {
          port,
          category: plan.category,
          insiderType: plan.insiderType ?? null,
          channel,
          receivedMs: sampleInWindow(random, channel, startMs, endMs),
          nowMs: input.nowMs,
          deskOfficers: input.deskOfficers,
          template: plan.template,
          fixedSlots: plan.fixedSlots,
        });
      });
    });
    drafts.push(...campaignDrafts);
    campaigns.push({
      id: random.uuid(),
      name: plan.name,
      category: plan.category,
      ...(plan.insiderType ? { insiderType: plan.insiderType } : {}),
      ...(plan.entity ? { entity: plan.entity } : {}),
      portIds: [...plan.portIds],
      reportIds: campaignDrafts.map((draft) => draft.id),
      from: isoDateTime(startMs),
      to: isoDateTime(endMs),
    });
  }
  return { campaigns, drafts };
}
