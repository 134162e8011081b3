// The demo accounts: one per role, plus extra desk officers so the queue has several assignees,
// and a second administrator, since giving a report-reading role needs two (DESIGN.md §7).
import type { Role } from "../src/domain";
import type { Random } from "./random";
import type { DemoUser } from "./types";

/** The password of every demo account (DESIGN.md §10); only ever created in demo mode. */
export const demoPassword = "portsafe-demo";

const demoAccounts: readonly {
  username: string;
  displayName: string;
  role: Role;
}[] = [
  { username: "desk", displayName: "Desk Officer (demo)", role: "desk" },
  {
    username: "analyst",
    displayName: "Intelligence Analyst (demo)",
    role: "analyst",
  },
  { username: "manager", displayName: "JMSC Manager (demo)", role: "manager" },
  {
    username: "admin",
    displayName: "System Administrator (demo)",
    role: "admin",
  },
  { username: "desk2", displayName: "PC Alex Morgan (demo)", role: "desk" },
  { username: "desk3", displayName: "DC Priya Shah (demo)", role: "desk" },
  { username: "desk4", displayName: "PS Tom Reilly (demo)", role: "desk" },
  // Last, so the accounts before it keep their ids (they are drawn in this order).
  {
    username: "admin2",
    displayName: "Second Administrator (demo)",
    role: "admin",
  },
];

export function createDemoUsers(random: Random): DemoUser[] {
  return demoAccounts.map(({ username, displayName, role }) => ({
    id: random.uuid(),
    username,
    displayName,
    roles: [role],
  }));
}
