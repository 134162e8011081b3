// Shared by the map, trends and dashboard tests: the bundled /geo files served as the browser
// would fetch them, a clock fixed at the mock dataset's `now` (windows like "the last 90 days"
// must hold the same reports on every run), and counts computed here from the mock dataset,
// independently of the handlers, to compare the screen against.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, onTestFinished, vi } from "vitest";
import { defaultMockNow } from "../../mocks/mockDb";
import { mockDb, mockServer } from "../../mocks/node";
import type { Report } from "../../src/domain";
import {
  presetWindow,
  windowInstants,
  type WindowPreset,
} from "../../src/common/charts/analyticsWindow";

const geoDir = join(import.meta.dirname, "../../public/geo");

export function setUpAnalyticsTests(): void {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ["Date"],
      now: defaultMockNow,
      shouldAdvanceTime: true,
    });
    mockServer.use(
      http.get("*/geo/:file", ({ params }) =>
        HttpResponse.text(
          readFileSync(join(geoDir, String(params.file)), "utf8"),
          {
            headers: { "Content-Type": "application/geo+json" },
          },
        ),
      ),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** The reports a preset window holds at the mock's `now`. */
export function reportsInPreset(preset: WindowPreset): Report[] {
  const { from, to } = windowInstants(presetWindow(preset, defaultMockNow));
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  return mockDb.reports.filter((r) => {
    const t = Date.parse(r.receivedAt);
    return t >= fromMs && t < toMs;
  });
}

/** Reports per port, busiest first. */
export function countsByPort(reports: readonly Report[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of reports)
    counts.set(r.portId, (counts.get(r.portId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The full address (with its query) of every GET the app sends to `pathname`. */
export function recordGets(pathname: string): URL[] {
  const urls: URL[] = [];
  mockServer.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    if (request.method === "GET" && url.pathname === pathname) urls.push(url);
  });
  return urls;
}

/**
 * Captures the files the page saves. jsdom has no object URLs, so they are supplied for this
 * test only; the anchor's click then "saves" nothing, and the test reads the Blob instead.
 */
export function captureDownloads(): { blob: Blob; name: string }[] {
  const saved: { blob: Blob; name: string }[] = [];
  const pending: Blob[] = [];
  const statics = URL as unknown as Record<string, unknown>;
  statics.createObjectURL = (blob: Blob) => {
    pending.push(blob);
    return `blob:download-${pending.length}`;
  };
  statics.revokeObjectURL = () => {};
  const click = vi
    .spyOn(HTMLAnchorElement.prototype, "click")
    .mockImplementation(function (this: HTMLAnchorElement) {
      const index = Number(this.href.split("-").pop()) - 1;
      if (this.download && pending[index])
        saved.push({ blob: pending[index], name: this.download });
    });
  onTestFinished(() => {
    delete statics.createObjectURL;
    delete statics.revokeObjectURL;
    click.mockRestore();
  });
  return saved;
}
