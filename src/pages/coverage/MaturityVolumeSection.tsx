// Where low PSeMS maturity meets many reports: a 2 × 2 matrix counting ports in each cell, then
// every port ranked most in need first (low maturity with high report volume at the top).
import { useTranslate } from "react-admin";
import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { methodNote } from "../../common/charts/protection";
import { formatDate } from "../../common/dates";
import { ShowSection } from "../../common/ShowSection";
import { formatCount, type Coverage, type Port } from "../../domain";
import { maturityLevelLabels } from "../../resources/assessments/maturityLevels";
import {
  lowMaturityBelow,
  matrixCounts,
  maturityLevel,
  medianReports,
  volumeLevel,
} from "./maturityMatrix";

export function MaturityVolumeSection({
  coverage,
  portsById,
}: {
  coverage: Coverage;
  portsById: ReadonlyMap<string, Port>;
}) {
  const translate = useTranslate();
  const rows = coverage.maturityVsVolume;
  const median = medianReports(rows);
  const counts = matrixCounts(rows, median);
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`manager.matrix.${key}`, args);
  const rankedLabel = t("ranked");
  return (
    <ShowSection title="manager.matrix.title">
      <Typography variant="body2">
        {t("explain", {
          since: formatDate(coverage.reportsSince),
          below: lowMaturityBelow,
          median,
        })}
      </Typography>
      <Table size="small" sx={{ maxWidth: 560 }} aria-label={t("matrix")}>
        <TableHead>
          <TableRow>
            <TableCell component="td" />
            <TableCell component="th" scope="col">
              {t("highVolume")}
            </TableCell>
            <TableCell component="th" scope="col">
              {t("lowVolume")}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(["low", "high"] as const).map((maturity) => (
            <TableRow key={maturity}>
              <TableCell component="th" scope="row">
                {t(`${maturity}Maturity`)}
              </TableCell>
              {(["high", "low"] as const).map((volume) => (
                <TableCell key={volume}>
                  {t("ports", {
                    smart_count: counts.get(`${maturity}|${volume}`) ?? 0,
                  })}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TableContainer
        sx={{ maxHeight: 480 }}
        tabIndex={0}
        role="region"
        aria-label={rankedLabel}
      >
        <Table size="small" stickyHeader aria-label={rankedLabel}>
          <TableHead>
            <TableRow>
              {[
                "rank",
                "port",
                "members",
                "assessed",
                "maturity",
                "reports",
                "cell",
              ].map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={row.portId}>
                <TableCell>{index + 1}</TableCell>
                <TableCell component="th" scope="row">
                  {portsById.get(row.portId)?.name ?? row.portId}
                </TableCell>
                <TableCell>{row.members}</TableCell>
                <TableCell>{row.assessedMembers}</TableCell>
                <TableCell>
                  {row.averageMaturity === null
                    ? t("notAssessed")
                    : `${row.averageMaturity.toFixed(1)} (${maturityLevelLabels[Math.round(row.averageMaturity)]})`}
                </TableCell>
                <TableCell>{formatCount(row.reports)}</TableCell>
                <TableCell>
                  {t(`${maturityLevel(row)}Maturity`)},{" "}
                  {t(`${volumeLevel(row, median)}Volume`).toLowerCase()}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {/* Report volumes are published values: say how, under the table that shows them. */}
      {methodNote(coverage.suppression, translate) && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {methodNote(coverage.suppression, translate)}
        </Typography>
      )}
    </ShowSection>
  );
}
