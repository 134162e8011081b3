// Coverage of one grouping (nation, territorial force, tier, member type): a table with every
// figure, and beside it a bar chart of the same figures for a quick comparison.
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
import type { CoverageGroup } from "../../domain";
import { formatShare, shareText } from "./coverageBands";

const BarChartFigure = lazy(() => import("./charts/BarChartFigure"));

interface CoverageGroupSectionProps {
  title: string;
  /** The column heading for the group, e.g. "Nation". */
  groupLabel: string;
  groups: readonly CoverageGroup[];
  labelOf?: (key: string) => string;
}

export function CoverageGroupSection({
  title,
  groupLabel,
  groups,
  labelOf = (key) => key,
}: CoverageGroupSectionProps) {
  const translate = useTranslate();
  const heading = translate(title);
  return (
    <ShowSection title={title}>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Table size="small" aria-label={heading}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {translate(groupLabel)}
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  {translate("manager.coverage.activeMembers")}
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  {translate("manager.coverage.covered")}
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  {translate("manager.coverage.share")}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {groups.map((group) => (
                <TableRow key={group.key}>
                  <TableCell component="th" scope="row">
                    {labelOf(group.key)}
                  </TableCell>
                  <TableCell align="right">{group.members}</TableCell>
                  <TableCell align="right">{group.covered}</TableCell>
                  <TableCell align="right">
                    {formatShare(group.share)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Suspense fallback={null}>
            <BarChartFigure
              data={groups.map((group) => ({
                label: labelOf(group.key),
                value: group.share,
                valueText: shareText(group.covered, group.members),
              }))}
              max={1}
              tickFormatter={formatShare}
              summary={translate("manager.coverage.chartSummary", {
                title: heading,
              })}
            />
          </Suspense>
        </Grid>
      </Grid>
    </ShowSection>
  );
}
