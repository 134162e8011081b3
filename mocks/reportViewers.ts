// Who has each report open, kept from the heartbeats of open report pages. A viewer who stops
// sending heartbeats drops out after viewerExpirySeconds, as on the server.
import { viewerExpirySeconds, type ReportViewer } from "../src/domain";

interface Sighting {
  viewer: ReportViewer;
  seenAtMs: number;
}

export class ReportViewers {
  private readonly byReport = new Map<string, Map<string, Sighting>>();

  /** Records a heartbeat; true when the viewer was not already shown (the others should hear). */
  touch(reportId: string, viewer: ReportViewer, nowMs: number): boolean {
    const sightings =
      this.byReport.get(reportId) ?? new Map<string, Sighting>();
    this.byReport.set(reportId, sightings);
    const wasShown = this.isFresh(sightings.get(viewer.id), nowMs);
    sightings.set(viewer.id, { viewer: { ...viewer }, seenAtMs: nowMs });
    return !wasShown;
  }

  /** The viewer closed the report. */
  leave(reportId: string, viewerId: string): void {
    this.byReport.get(reportId)?.delete(viewerId);
  }

  /** Everyone with the report open except `meId`, by name (code-unit order, as the mock's lists). */
  others(reportId: string, meId: string, nowMs: number): ReportViewer[] {
    const sightings = [...(this.byReport.get(reportId)?.values() ?? [])];
    return sightings
      .filter((s) => s.viewer.id !== meId && this.isFresh(s, nowMs))
      .map((s) => ({ ...s.viewer }))
      .sort((a, b) =>
        a.displayName < b.displayName
          ? -1
          : a.displayName > b.displayName
            ? 1
            : 0,
      );
  }

  clear(): void {
    this.byReport.clear();
  }

  private isFresh(sighting: Sighting | undefined, nowMs: number): boolean {
    return (
      sighting !== undefined &&
      nowMs - sighting.seenAtMs < viewerExpirySeconds * 1000
    );
  }
}
