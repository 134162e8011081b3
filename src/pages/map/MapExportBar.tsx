// Downloads of the map view: the picture as PNG (redrawn on a canvas, tiles left out) and the
// ports and forces tables as CSV, "<5" where counts are suppressed. Made in the browser: the
// server has no audited export of statistics yet, so the page says these are not audited.
import { type RefObject } from "react";
import { useNotify, useTranslate } from "react-admin";
import type { Map as LeafletMap } from "leaflet";
import { Alert, Button, Stack } from "@mui/material";
import DownloadIcon from "@mui/icons-material/DownloadOutlined";
import ImageIcon from "@mui/icons-material/ImageOutlined";
import { categoryLabels } from "../../domain";
import type { DayWindow } from "../../common/charts/analyticsWindow";
import {
  downloadBlob,
  downloadCsv,
  exportFilename,
} from "../../common/charts/csv";
import { categoryColours } from "../../common/charts/palette";
import { mapSnapshot, type MapSnapshotInput } from "./mapSnapshot";
import {
  naturalEarthAttribution,
  onsAttribution,
  portsAttribution,
} from "./mapConfig";
import { forcesCsv, portsCsv, type PortRow } from "./portRows";

export function MapExportBar({
  mapRef,
  snapshot,
  rows,
  shown,
  footnotes,
}: {
  mapRef: RefObject<LeafletMap | null>;
  snapshot: Omit<MapSnapshotInput, "map" | "text"> | null;
  rows: readonly PortRow[];
  shown: DayWindow;
  footnotes: readonly string[];
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const stats = snapshot?.stats;

  const downloadPng = async () => {
    const map = mapRef.current;
    if (!map || !snapshot) return;
    try {
      const legend = [
        ...snapshot.stats.categories.map((c) => ({
          label: categoryLabels[c],
          colour: categoryColours[c],
        })),
        ...(snapshot.shading?.classes.map((c) => ({
          label: `Force area: ${c.label} reports`,
          colour: c.colour,
        })) ?? []),
      ];
      const blob = await mapSnapshot({
        ...snapshot,
        map,
        text: {
          title: translate("analytics.map.imageTitle"),
          legend,
          footnotes: [
            ...footnotes,
            onsAttribution,
            `${naturalEarthAttribution}. ${portsAttribution}.`,
          ],
        },
      });
      downloadBlob(exportFilename("map", shown, "png"), blob);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), {
        type: "error",
      });
    }
  };

  return (
    <Stack spacing={1} sx={{ my: 1 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        <Button
          size="small"
          variant="outlined"
          startIcon={<ImageIcon />}
          disabled={!snapshot}
          onClick={() => void downloadPng()}
        >
          {translate("analytics.map.downloadPng")}
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={!stats}
          onClick={() =>
            stats &&
            downloadCsv(
              exportFilename("ports", shown, "csv"),
              portsCsv(stats, rows),
            )
          }
        >
          {translate("analytics.map.downloadPortsCsv")}
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={!stats}
          onClick={() =>
            stats &&
            downloadCsv(
              exportFilename("forces", shown, "csv"),
              forcesCsv(stats),
            )
          }
        >
          {translate("analytics.map.downloadForcesCsv")}
        </Button>
      </Stack>
      <Alert severity="info" variant="outlined">
        {translate("analytics.exportNotAudited")}
      </Alert>
    </Stack>
  );
}
