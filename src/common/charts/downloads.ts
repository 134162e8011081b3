// Downloads saved by the browser. The files themselves are made by the server (CSV) or drawn
// here (PNG) and recorded by the server first: see useAuditedExport.

/** Saves a file the way a link with `download` does; the object URL is released afterwards. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** portsafe-trends-2026-08-23-to-2026-11-21.csv */
export function exportFilename(
  what: string,
  window: { fromDay: string; toDay: string },
  extension: "csv" | "png",
): string {
  return `portsafe-${what}-${window.fromDay}-to-${window.toDay}.${extension}`;
}
