// The deterministic demo dataset (DESIGN.md §10): the same seed and `now` always give the same
// users, members, assessments, reports and campaigns. Pure TypeScript, so it runs in the browser
// (mock mode) and in Node (server demo seeding) alike.
import type { Report } from "../src/domain";
import { ukPorts, ukPortsById } from "../src/domain/reference/ukPorts";
import { withActionItems } from "./actionItems";
import { generateAssessments } from "./assessments";
import { prepareBackgroundReports } from "./backgroundReports";
import { generateCampaigns } from "./campaigns";
import {
  generateMembers,
  HighRiskReportDays,
  withReviewState,
} from "./members";
import { forkRandom, Random } from "./random";
import { ArrivalOrder, reportNumberer } from "./references";
import type {
  DemoDataset,
  GenerateDemoDatasetOptions,
  ReportDraft,
} from "./types";
import { createDemoUsers } from "./users";

export type {
  DemoCampaign,
  DemoDataset,
  DemoUser,
  GenerateDemoDatasetOptions,
} from "./types";
export { demoPassword } from "./users";

export const defaultDemoSeed = 20_240_601;
export const defaultReportCount = 4500;

export function generateDemoDataset(
  options: GenerateDemoDatasetOptions,
): DemoDataset {
  const { reportChunks, ...rest } = planDataset(options, true);
  const [reports = []] = reportChunks(Infinity);
  return {
    users: rest.users,
    ports: rest.ports,
    members: rest.members,
    assessments: rest.assessments,
    reports,
    campaigns: rest.campaigns,
  };
}

/** The demo dataset with its reports still to be drawn, a chunk at a time. */
export interface DemoDatasetStream extends Omit<DemoDataset, "reports"> {
  /** How many reports `reportChunks` yields: the background count plus the campaigns'. */
  reportCount: number;
  /**
   * Yields exactly `generateDemoDataset(options).reports`, in the same (arrival) order, at most
   * `chunkSize` at a time. Each report is drawn again from where its random stream stood, so only
   * one chunk is ever held; each call starts again from the first report.
   */
  reportChunks(chunkSize: number): Generator<Report[], void, undefined>;
}

/**
 * The same dataset as `generateDemoDataset` for memory that does not grow with `reportCount`: the
 * benchmark seeds a million reports from it. Costs a second draw of every report.
 */
export function streamDemoDataset(
  options: GenerateDemoDatasetOptions,
): DemoDatasetStream {
  return planDataset(options, false);
}

/**
 * Draws everything but the reports' final form. The background reports are drawn once here, for
 * what the rest depends on (arrival order, high-risk reports per port), then dropped unless
 * `keepReports`; `reportChunks` draws them again in arrival order and numbers them.
 */
function planDataset(
  options: GenerateDemoDatasetOptions,
  keepReports: boolean,
): DemoDatasetStream {
  const seed = options.seed ?? defaultDemoSeed;
  const nowMs = options.now.getTime();
  if (Number.isNaN(nowMs))
    throw new Error("generateDemoDataset needs a valid `now`");
  const backgroundCount = options.reportCount ?? defaultReportCount;

  // Each part draws from its own stream, so changing one part leaves the others as they were.
  const users = createDemoUsers(forkRandom(seed, "users"));
  const deskOfficers = users.filter((user) => user.roles.includes("desk"));
  const ports = ukPorts.map((port) => ({ ...port }));
  const generatedMembers = generateMembers(
    forkRandom(seed, "members"),
    ports,
    nowMs,
  );
  const assessments = generateAssessments(
    forkRandom(seed, "assessments"),
    generatedMembers,
    nowMs,
  );
  const backgroundRandom = forkRandom(seed, "reports");
  const drawBackground = prepareBackgroundReports(backgroundRandom, {
    ports,
    nowMs,
    deskOfficers,
  });
  const { campaigns, drafts: campaignDrafts } = generateCampaigns(
    forkRandom(seed, "campaigns"),
    {
      portsById: ukPortsById,
      nowMs,
      deskOfficers,
    },
  );

  // Background reports take indexes 0…backgroundCount-1, campaign reports the ones after.
  const reportCount = backgroundCount + campaignDrafts.length;
  const arrival = new ArrivalOrder(reportCount);
  const highRiskReports = new HighRiskReportDays();
  const positions = new Uint32Array(backgroundCount);
  const kept: ReportDraft[] = [];
  const note = (draft: ReportDraft) => {
    arrival.add(draft);
    highRiskReports.add(draft);
  };
  for (let i = 0; i < backgroundCount; i++) {
    positions[i] = backgroundRandom.position;
    const draft = drawBackground(backgroundRandom);
    note(draft);
    if (keepReports) kept.push(draft);
  }
  campaignDrafts.forEach(note);
  const order = arrival.sorted();

  const draftAt = (index: number): ReportDraft =>
    index >= backgroundCount
      ? campaignDrafts[index - backgroundCount]!
      : keepReports
        ? kept[index]!
        : drawBackground(Random.at(positions[index]!));

  const members = withReviewState(
    forkRandom(seed, "majorChanges"),
    generatedMembers.map(({ member }) => member),
    assessments,
    highRiskReports,
    nowMs,
  );

  return {
    users,
    ports,
    members,
    assessments: withActionItems(
      forkRandom(seed, "actionItems"),
      assessments,
      nowMs,
    ),
    campaigns,
    reportCount,
    *reportChunks(chunkSize) {
      const number = reportNumberer(forkRandom(seed, "references"));
      let chunk: Report[] = [];
      for (const index of order) {
        chunk.push(number(draftAt(index)));
        if (chunk.length >= chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield chunk;
    },
  };
}
