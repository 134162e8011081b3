// The four-step journey as a funnel: how many active members have reached each step (an
// assessment at that step or beyond, started) and how many have completed one there.
import { lazy, Suspense } from "react";
import { useTranslate } from "react-admin";
import {
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from "@mui/material";
import { ShowSection } from "../../common/ShowSection";
import type { Coverage } from "../../domain";
import { shareText } from "./coverageBands";

const BarChartFigure = lazy(() => import("./charts/BarChartFigure"));

export function CoverageFunnelSection({ coverage }: { coverage: Coverage }) {
  const translate = useTranslate();
  const { funnel, activeMembers } = coverage;
  return (
    <ShowSection title="manager.coverage.funnel">
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Table size="small" aria-label={translate("manager.coverage.funnel")}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {translate("manager.coverage.step")}
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  {translate("manager.coverage.reached")}
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  {translate("manager.coverage.completed")}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {funnel.map((step) => (
                <TableRow key={step.step}>
                  <TableCell component="th" scope="row">
                    {step.step} — {step.name}
                  </TableCell>
                  <TableCell align="right">
                    {shareText(step.reached, activeMembers)}
                  </TableCell>
                  <TableCell align="right">
                    {shareText(step.completed, activeMembers)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Suspense fallback={null}>
            <BarChartFigure
              data={funnel.map((step) => ({
                label: `${step.step} — ${step.name}`,
                value: step.reached,
                valueText: `${step.reached} reached, ${step.completed} completed`,
              }))}
              max={Math.max(1, activeMembers)}
              summary={translate("manager.coverage.funnelSummary")}
            />
          </Suspense>
        </Grid>
      </Grid>
    </ShowSection>
  );
}
