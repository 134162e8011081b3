// The in-memory store behind the msw handlers: the demo dataset plus who is signed in, and what
// this session has added (timeline events, referrals, links, viewers). Tests reset it between
// cases; the browser demo keeps it for the life of the page.
import {
  defaultSlaPolicy,
  formatReportReference,
  slaDueAt,
  type Assessment,
  type CurrentUser,
  type LiveEvent,
  type Member,
  type Port,
  type Referral,
  type Report,
  type ReportEvent,
  type ReportEventKind,
  type ReportLinkKind,
  type SlaPolicy,
} from "../src/domain";
import {
  generateDemoDataset,
  type DemoDataset,
  type DemoUser,
} from "./demoDataset";
import { ReportViewers } from "./reportViewers";

/** A fixed `now`, so component tests see the same queue on every run. */
export const defaultMockNow = new Date("2026-11-21T09:00:00Z");

export interface MockDbOptions {
  /** The instant the dataset was generated for; the mock clock starts here. */
  now?: Date;
}

/** Two reports linked as duplicate or corroborating (the domain has no type for the row). */
export interface ReportLink {
  reportId: string;
  linkedReportId: string;
  kind: ReportLinkKind;
  createdAt: string;
  createdById: string | null;
}

export interface NewReportEvent {
  reportId: string;
  kind: ReportEventKind;
  summary: string;
  reason?: string | null;
  actor: Pick<CurrentUser, "id" | "displayName"> | null;
  at: Date;
}

/** An open event stream (GET /api/events). */
export interface LiveListener {
  send: (event: LiveEvent) => void;
  close: () => void;
}

export class MockDb {
  users: DemoUser[] = [];
  ports: Port[] = [];
  members: Member[] = [];
  assessments: Assessment[] = [];
  reports: Report[] = [];
  /** Like the server's seeded database, a fresh mock has no timeline events, referrals or links. */
  events: ReportEvent[] = [];
  referrals: Referral[] = [];
  links: ReportLink[] = [];
  readonly viewers = new ReportViewers();
  /** The SLA policy an admin set (PUT /api/settings/sla); every clock is computed under it. */
  slaPolicy: SlaPolicy = structuredClone(defaultSlaPolicy);
  /** The signed-in user; a flag in memory stands in for the real session cookie. */
  currentUser: CurrentUser | null = null;
  private portsById = new Map<string, Port>();
  private readonly startedAtMs = Date.now();
  /** PS-<year>-<n>: the last n used per year, continuing after the dataset's. */
  private lastSequenceByYear = new Map<number, number>();
  private nextEventId = 1;
  private readonly liveListeners = new Set<LiveListener>();
  /** Live events of the write in progress, sent only if it succeeds (as NOTIFY on commit). */
  private pendingLive: LiveEvent[] | null = null;

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
    this.events = [];
    this.referrals = [];
    this.links = [];
    this.viewers.clear();
    this.slaPolicy = structuredClone(defaultSlaPolicy);
    this.nextEventId = 1;
    this.lastSequenceByYear = lastSequences(this.reports);
    // A stream left open by one test must not hear the next test's changes.
    for (const listener of this.liveListeners) listener.close();
    this.liveListeners.clear();
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
    // The mock API is demo mode: no second factor is asked for.
    this.currentUser = { ...user, roles: [...user.roles], mfa: "done" };
    return this.currentUser;
  }

  signOut(): void {
    this.currentUser = null;
  }

  portById(id: string): Port | undefined {
    return this.portsById.get(id);
  }

  userById(id: string): DemoUser | undefined {
    return this.users.find((user) => user.id === id);
  }

  reportById(id: string): Report | undefined {
    return this.reports.find((report) => report.id === id);
  }

  replaceReport(updated: Report): void {
    const index = this.reports.findIndex((report) => report.id === updated.id);
    if (index === -1) throw new Error(`no report ${updated.id} to replace`);
    this.reports[index] = updated;
  }

  /** Writes a changed report back, stamped `now`, with its SLA clock recomputed (as the server). */
  saveReport(next: Report, now: Date): Report {
    const stamped: Report = {
      ...next,
      updatedAt: now.toISOString(),
      slaDueAt: slaDueAt(next, this.slaPolicy)?.toISOString() ?? null,
    };
    this.replaceReport(stamped);
    return stamped;
  }

  appendEvent({ actor, at, ...event }: NewReportEvent): ReportEvent {
    const stored: ReportEvent = {
      id: this.nextEventId++,
      ...event,
      reason: event.reason ?? null,
      at: at.toISOString(),
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? null,
    };
    this.events.push(stored);
    return stored;
  }

  nextReference(year: number): string {
    const sequence = (this.lastSequenceByYear.get(year) ?? 0) + 1;
    this.lastSequenceByYear.set(year, sequence);
    return formatReportReference(year, sequence);
  }

  /**
   * Runs a write all or nothing, like the server's transaction: if `work` throws, every report,
   * event, referral, link and reference number it wrote is put back and its live events are
   * dropped. Records are replaced, never mutated, so shallow copies are a full snapshot.
   */
  transaction<T>(work: () => T): T {
    if (this.pendingLive) return work();
    const saved = {
      reports: [...this.reports],
      events: this.events.length,
      referrals: [...this.referrals],
      links: [...this.links],
      sequences: new Map(this.lastSequenceByYear),
    };
    const pending: LiveEvent[] = [];
    this.pendingLive = pending;
    try {
      const result = work();
      this.pendingLive = null;
      for (const event of pending) this.emitLive(event);
      return result;
    } catch (error) {
      this.pendingLive = null;
      this.reports = saved.reports;
      this.events.length = saved.events;
      this.referrals = saved.referrals;
      this.links = saved.links;
      this.lastSequenceByYear = saved.sequences;
      throw error;
    }
  }

  /** Tells open event streams about a change, once the write in progress has succeeded. */
  notifyLive(event: LiveEvent): void {
    if (this.pendingLive) this.pendingLive.push(event);
    else this.emitLive(event);
  }

  /** Sends a live event to every open stream now; component tests call it to play another officer. */
  emitLive(event: LiveEvent): void {
    for (const listener of this.liveListeners) listener.send(event);
  }

  /** Subscribes an event stream; returns the unsubscribe. */
  onLive(listener: LiveListener): () => void {
    this.liveListeners.add(listener);
    return () => this.liveListeners.delete(listener);
  }

  /** Shows `username` as having the report open, as if their report page sent a heartbeat. */
  addViewer(reportId: string, username: string): void {
    const user = this.users.find((u) => u.username === username);
    if (!user) throw new Error(`no demo user "${username}"`);
    const viewer = { id: user.id, displayName: user.displayName };
    if (this.viewers.touch(reportId, viewer, this.now().getTime())) {
      this.notifyLive({ type: "report.viewers", id: reportId });
    }
  }
}

function lastSequences(reports: readonly Report[]): Map<number, number> {
  const last = new Map<number, number>();
  for (const { reference } of reports) {
    const match = /^PS-(\d{4})-(\d+)$/.exec(reference);
    if (!match) continue;
    const year = Number(match[1]);
    last.set(year, Math.max(last.get(year) ?? 0, Number(match[2])));
  }
  return last;
}

export function createMockDb(
  dataset?: DemoDataset,
  options: MockDbOptions = {},
): MockDb {
  const now = options.now ?? defaultMockNow;
  return new MockDb(dataset ?? generateDemoDataset({ now }), now);
}
