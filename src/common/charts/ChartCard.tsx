// One chart with its table alternative (DESIGN.md §8) and its downloads: the picture as PNG and
// the figures as CSV, both audited (useAuditedExport). The table shows the same numbers as the
// chart, with "<5" where suppressed.
import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslate } from "react-admin";
import {
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  ToggleButton,
  Typography,
} from "@mui/material";
import DownloadIcon from "@mui/icons-material/DownloadOutlined";
import ImageIcon from "@mui/icons-material/ImageOutlined";
import TableIcon from "@mui/icons-material/TableChartOutlined";
import { svgToPng, type ChartImageText } from "./chartImage";
import {
  useAuditedExport,
  type CsvExport,
  type PngExport,
} from "./useAuditedExport";

export interface ChartCardProps {
  title: string;
  /** A sentence under the title: what is counted, and over which window. */
  description?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** The legend and footnotes drawn under the chart in the PNG. */
  image: Omit<ChartImageText, "title">;
  /** The picture's file name and what its audit record says it shows. */
  png: PngExport;
  /** The figures as CSV, made (and recorded) by the server. */
  csv: CsvExport;
  /** Controls beside the buttons (e.g. counts or share). */
  controls?: ReactNode;
  /** Shown under the chart or table either way (e.g. the comparison with the previous period). */
  footer?: ReactNode;
  /**
   * How the figures were protected, right under the chart or table, whenever protection is
   * applied (the PNG carries it too, in `image.footnotes`).
   */
  note?: string | null;
}

/** The chart's own SVG: recharts' surface, not one of its legend icons. */
function chartSvg(container: HTMLElement | null): SVGSVGElement | null {
  return (
    container?.querySelector<SVGSVGElement>(".recharts-wrapper > svg") ??
    container?.querySelector<SVGSVGElement>("svg") ??
    null
  );
}

export function ChartCard({
  title,
  description,
  chart,
  table,
  image,
  png,
  csv,
  controls,
  footer,
  note,
}: ChartCardProps) {
  const translate = useTranslate();
  const { saveCsv, savePng } = useAuditedExport();
  const headingId = useId();
  const chartArea = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);

  const downloadPng = async () => {
    const svg = chartSvg(chartArea.current);
    if (!svg) return;
    await savePng(png, () => svgToPng(svg, { title, ...image }));
  };

  return (
    <Card component="section" aria-labelledby={headingId} variant="outlined">
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2">
          {title}
        </Typography>
        {description && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {description}
          </Typography>
        )}
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: "wrap", alignItems: "center", mb: 1 }}
        >
          {controls}
          <ToggleButton
            value="table"
            size="small"
            selected={showTable}
            onChange={() => setShowTable((shown) => !shown)}
          >
            <TableIcon fontSize="small" sx={{ mr: 0.5 }} />
            {translate("analytics.chart.showTable")}
          </ToggleButton>
          <Button
            size="small"
            startIcon={<ImageIcon />}
            onClick={() => void downloadPng()}
            disabled={showTable}
            aria-label={translate("analytics.chart.downloadPngOf", { title })}
          >
            {translate("analytics.chart.downloadPng")}
          </Button>
          <Button
            size="small"
            startIcon={<DownloadIcon />}
            onClick={() => void saveCsv(csv)}
            aria-label={translate("analytics.chart.downloadCsvOf", { title })}
          >
            {translate("analytics.chart.downloadCsv")}
          </Button>
        </Stack>
        <Box ref={chartArea}>{showTable ? table : chart}</Box>
        {note && (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ mt: 1 }}
            data-testid="protection-note"
          >
            {note}
          </Typography>
        )}
        {footer}
      </CardContent>
    </Card>
  );
}
