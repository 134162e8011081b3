// Downloads of the map view, each recorded in the audit log: the picture as PNG (redrawn on a
// canvas, tiles left out), recorded by the server before it is saved, and the ports and forces
// tables as CSV, made by the server with the map's query, "<5" where counts are suppressed.
import { type RefObject } from "react";
import { useTranslate } from "react-admin";
import type { Map as LeafletMap } from "leaflet";
import { Alert, Button, Stack } from "@mui/material";
import DownloadIcon from "@mui/icons-material/DownloadOutlined";
import ImageIcon from "@mui/icons-material/ImageOutlined";
import {
  categoryLabels,
  type StatsPortsQuery,
  type StatsPortsTable,
} from "../../domain";
import type { DayWindow } from "../../common/charts/analyticsWindow";
import { exportFilename } from "../../common/charts/downloads";
import { useAuditedExport } from "../../common/charts/useAuditedExport";
import type { WindowQuery } from "../../providers/analyticsMethods";
import { categoryColours } from "../../common/charts/palette";
import { mapSnapshot, type MapSnapshotInput } from "./mapSnapshot";
import {
  naturalEarthAttribution,
  onsAttribution,
  portsAttribution,
} from "./mapConfig";

export function MapExportBar({
  mapRef,
  snapshot,
  query,
  shown,
  footnotes,
}: {
  mapRef: RefObject<LeafletMap | null>;
  snapshot: Omit<MapSnapshotInput, "map" | "text"> | null;
  /** The query of the figures on the map, which the exports repeat. */
  query: WindowQuery<StatsPortsQuery>;
  shown: DayWindow;
  footnotes: readonly string[];
}) {
  const translate = useTranslate();
  const { saveCsv, savePng } = useAuditedExport();
  const stats = snapshot?.stats;

  const downloadTable = (table: StatsPortsTable) =>
    void saveCsv({
      filename: exportFilename(table, shown, "csv"),
      fetch: (api) => api.exportPortStatsCsv({ ...query, table }),
    });

  const downloadPng = async () => {
    const map = mapRef.current;
    if (!map || !snapshot) return;
    const draw = () => {
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
      return mapSnapshot({
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
    };
    await savePng(
      {
        filename: exportFilename("map", shown, "png"),
        view: "map",
        query,
        safeToShare: snapshot.stats.suppression.applied,
      },
      draw,
    );
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
          onClick={() => downloadTable("ports")}
        >
          {translate("analytics.map.downloadPortsCsv")}
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={!stats}
          onClick={() => downloadTable("forces")}
        >
          {translate("analytics.map.downloadForcesCsv")}
        </Button>
      </Stack>
      <Alert severity="info" variant="outlined">
        {translate("analytics.exportsAudited")}
      </Alert>
    </Stack>
  );
}
