// The deterministic demo dataset (DESIGN.md §10): the same seed and `now` always give the same
// users, members, assessments, reports and campaigns. Pure TypeScript, so it runs in the browser
// (mock mode) and in Node (server demo seeding) alike.
import { ukPorts, ukPortsById } from "../../src/domain/reference/ukPorts";
import { withActionItems } from "./actionItems";
import { generateAssessments } from "./assessments";
import { generateBackgroundReports } from "./backgroundReports";
import { generateCampaigns } from "./campaigns";
import { generateMembers, withReviewState } from "./members";
import { forkRandom } from "./random";
import { numberReports } from "./references";
import type { DemoDataset, GenerateDemoDatasetOptions } from "./types";
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
  const seed = options.seed ?? defaultDemoSeed;
  const nowMs = options.now.getTime();
  if (Number.isNaN(nowMs))
    throw new Error("generateDemoDataset needs a valid `now`");
  const reportCount = options.reportCount ?? defaultReportCount;

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
  const background = generateBackgroundReports(forkRandom(seed, "reports"), {
    ports,
    nowMs,
    count: reportCount,
    deskOfficers,
  });
  const { campaigns, drafts } = generateCampaigns(
    forkRandom(seed, "campaigns"),
    {
      portsById: ukPortsById,
      nowMs,
      deskOfficers,
    },
  );
  const reports = numberReports(forkRandom(seed, "references"), [
    ...background,
    ...drafts,
  ]);

  const members = withReviewState(
    forkRandom(seed, "majorChanges"),
    generatedMembers.map(({ member }) => member),
    assessments,
    reports,
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
    reports,
    campaigns,
  };
}
