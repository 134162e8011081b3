// Manager: PSeMS assessment coverage of the active membership. "Covered" means a completed
// assessment that is not overdue (current or due soon), as the coverage page and API define it.
import { useTranslate } from "react-admin";
import {
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from "@mui/material";
import { assessmentStateLabels, assessmentStates } from "../../domain";
import { DashboardCard, Figure } from "./DashboardCard";
import { useMemberTotal } from "./useMemberTotal";

export function CoverageWidget() {
  const translate = useTranslate();
  const byState = {
    current: useMemberTotal({ status: "active", assessmentState: "current" }),
    due_soon: useMemberTotal({ status: "active", assessmentState: "due_soon" }),
    overdue: useMemberTotal({ status: "active", assessmentState: "overdue" }),
    never: useMemberTotal({ status: "active", assessmentState: "never" }),
  };
  const error = Object.values(byState).find((s) => s.error)?.error;
  const known = assessmentStates.every((s) => byState[s].total !== undefined);
  const active = assessmentStates.reduce(
    (sum, s) => sum + (byState[s].total ?? 0),
    0,
  );
  const covered = (byState.current.total ?? 0) + (byState.due_soon.total ?? 0);
  const share = active > 0 ? Math.round((100 * covered) / active) : 0;
  return (
    <DashboardCard
      title={translate("analytics.dashboard.coverage")}
      link={{
        to: "/assessments",
        label: translate("analytics.dashboard.openAssessments"),
      }}
    >
      {error && <Typography color="error">{error.message}</Typography>}
      {known && (
        <>
          <Figure
            value={`${share}%`}
            label={translate("analytics.dashboard.coveredLabel", {
              covered,
              active,
            })}
          />
          <Table
            size="small"
            aria-label={translate("analytics.dashboard.coverage")}
          >
            <TableBody>
              {assessmentStates.map((state) => (
                <TableRow key={state}>
                  <TableCell component="th" scope="row" sx={{ pl: 0 }}>
                    {assessmentStateLabels[state]}
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={{ fontWeight: state === "overdue" ? 700 : 400 }}
                  >
                    {(byState[state].total ?? 0).toLocaleString("en-GB")}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </DashboardCard>
  );
}
