// The in-memory store behind the msw handlers: the demo dataset plus who is signed in. Tests
// reset it between cases; the browser demo keeps it for the life of the page.
import type {
  Assessment,
  CurrentUser,
  Member,
  Port,
  Report,
} from "../src/domain";
import {
  generateDemoDataset,
  type DemoDataset,
  type DemoUser,
} from "./demoDataset";

/** A fixed `now`, so component tests see the same queue on every run. */
export const defaultMockNow = new Date("2026-11-21T09:00:00Z");

export interface MockDbOptions {
  /** The instant the dataset was generated for; the mock clock starts here. */
  now?: Date;
}

export class MockDb {
  users: DemoUser[] = [];
  ports: Port[] = [];
  members: Member[] = [];
  assessments: Assessment[] = [];
  reports: Report[] = [];
  /** The signed-in user; a flag in memory stands in for the real session cookie. */
  currentUser: CurrentUser | null = null;
  private portsById = new Map<string, Port>();
  private readonly startedAtMs = Date.now();

  constructor(
    private readonly pristine: DemoDataset,
    private readonly datasetNow: Date,
  ) {
    this.reset();
  }

  /** Back to the generated dataset, signed out. */
  reset(): void {
    const copy = structuredClone(this.pristine);
    this.users = copy.users;
    this.ports = copy.ports;
    this.members = copy.members;
    this.assessments = copy.assessments;
    this.reports = copy.reports;
    this.portsById = new Map(this.ports.map((port) => [port.id, port]));
    this.currentUser = null;
  }

  /**
   * The mock's clock runs on from the dataset's `now`, so an edit is always later than every
   * generated timestamp, whatever the real date.
   */
  now(): Date {
    return new Date(
      this.datasetNow.getTime() + (Date.now() - this.startedAtMs),
    );
  }

  signInAs(username: string): CurrentUser {
    const user = this.users.find((u) => u.username === username);
    if (!user) throw new Error(`no demo user "${username}"`);
    this.currentUser = { ...user, roles: [...user.roles] };
    return this.currentUser;
  }

  signOut(): void {
    this.currentUser = null;
  }

  portById(id: string): Port | undefined {
    return this.portsById.get(id);
  }

  replaceReport(updated: Report): void {
    const index = this.reports.findIndex((report) => report.id === updated.id);
    if (index === -1) throw new Error(`no report ${updated.id} to replace`);
    this.reports[index] = updated;
  }
}

export function createMockDb(
  dataset?: DemoDataset,
  options: MockDbOptions = {},
): MockDb {
  const now = options.now ?? defaultMockNow;
  return new MockDb(dataset ?? generateDemoDataset({ now }), now);
}
