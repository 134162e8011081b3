// Maturity per PSeMS element (0 absent to 4 optimised), in the live framework's order: a bar
// chart for an overview and, always beside it, the table with every figure (DESIGN.md §8).
import { lazy, Suspense } from "react";
import { useRecordContext, useTranslate } from "react-admin";
import {
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { defaultPsemsElements, type Assessment } from "../../domain";
import { maturityText, scoredElements } from "./maturityLevels";
import { usePsemsFramework } from "./usePsemsFramework";

const BarChartFigure = lazy(
  () => import("../../pages/coverage/charts/BarChartFigure"),
);

export function AssessmentScores() {
  const record = useRecordContext<Assessment>();
  const translate = useTranslate();
  const { data: framework } = usePsemsFramework();
  if (!record) return null;
  if (Object.keys(record.scores).length === 0) {
    return (
      <Typography variant="body2">
        {translate("resources.assessments.scores.none")}
      </Typography>
    );
  }
  const rows = scoredElements(
    framework?.elements ?? defaultPsemsElements,
    record.scores,
  );
  const scored = rows.filter(({ key }) => record.scores[key] !== undefined);
  const mean =
    scored.reduce((sum, { key }) => sum + (record.scores[key] ?? 0), 0) /
    scored.length;
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Table
          size="small"
          aria-label={translate("resources.assessments.sections.scores")}
        >
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {translate("resources.assessments.scores.element")}
              </TableCell>
              <TableCell component="th" scope="col">
                {translate("resources.assessments.scores.maturity")}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ key, name }) => (
              <TableRow key={key}>
                <TableCell component="th" scope="row">
                  {name}
                </TableCell>
                <TableCell>{maturityText(record.scores[key])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Suspense fallback={null}>
          <BarChartFigure
            data={scored.map(({ key, name }) => ({
              label: name,
              value: record.scores[key] ?? 0,
              valueText: maturityText(record.scores[key]),
            }))}
            max={4}
            summary={translate("manager.maturity.chartSummary", {
              count: scored.length,
              mean: mean.toFixed(1),
            })}
          />
        </Suspense>
      </Grid>
    </Grid>
  );
}
