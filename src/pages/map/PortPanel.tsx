// The side panel of the port picked on the map or in the table: who polices it, its members and
// their PSeMS status, its reports by category and over time, and (for roles that may read
// reports) its newest reports, linking into the triage views.
import { useEffect, useRef, type ReactNode } from "react";
import { useCanAccess, useTranslate } from "react-admin";
import {
  Box,
  Card,
  CardContent,
  Divider,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from "@mui/material";
import CloseIcon from "@mui/icons-material/Close";
import {
  categoryLabels,
  formatCount,
  type Port,
  type PortCounts,
  type ReportCategory,
} from "../../domain";
import { PortMembers } from "./PortMembers";
import { PortRecentReports } from "./PortRecentReports";
import { PortTrend } from "./PortTrend";
import type { MapFilters } from "./useMapFilters";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ mt: 1.5 }}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function PortPanel({
  port,
  counts,
  categories,
  range,
  filters,
  onClose,
}: {
  port: Port;
  counts: PortCounts | undefined;
  categories: readonly ReportCategory[];
  range: { from: string; to: string };
  filters: MapFilters;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const heading = useRef<HTMLHeadingElement>(null);
  const { canAccess: canReadReports } = useCanAccess({
    resource: "reports",
    action: "list",
  });
  // Focus moves to the panel when a port is picked, so keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), [port.id]);

  const rows = categories
    .map((category, i) => {
      const cell = counts?.counts[i];
      // null is a protected figure ("<5"), listed as such; only a missing one is 0.
      return { category, cell: cell === undefined ? 0 : cell };
    })
    .filter(({ cell }) => cell === null || cell > 0);
  return (
    <Card
      component="section"
      aria-labelledby="port-panel-heading"
      variant="outlined"
      sx={{ mb: 2 }}
    >
      <CardContent>
        <Box sx={{ display: "flex", alignItems: "flex-start" }}>
          <Typography
            id="port-panel-heading"
            ref={heading}
            tabIndex={-1}
            variant="h6"
            component="h2"
            sx={{ flexGrow: 1 }}
          >
            {port.name}
          </Typography>
          <IconButton
            aria-label={translate("analytics.port.close")}
            onClick={onClose}
            size="small"
          >
            <CloseIcon />
          </IconButton>
        </Box>
        <Typography variant="body2" color="text.secondary">
          {port.nation} ·{" "}
          {translate("analytics.port.tier", { tier: port.tier })} ·{" "}
          {port.unlocode}
        </Typography>

        <Section title={translate("analytics.port.forces")}>
          <Typography variant="body2">{port.territorialPoliceForce}</Typography>
          {port.portPoliceForce && (
            <Typography variant="body2">{port.portPoliceForce}</Typography>
          )}
        </Section>

        <Section
          title={translate("analytics.port.reportsInWindow", {
            count: counts ? formatCount(counts.total) : "…",
          })}
        >
          {/* "No reports" only when the published total is a true 0, never beside a figure. */}
          {counts?.total === 0 ? (
            <Typography variant="body2">
              {translate("analytics.port.noReports")}
            </Typography>
          ) : rows.length === 0 ? null : (
            <Table
              size="small"
              aria-label={translate("analytics.port.byCategory", {
                port: port.name,
              })}
            >
              <TableBody>
                {rows.map(({ category, cell }) => (
                  <TableRow key={category}>
                    <TableCell component="th" scope="row" sx={{ pl: 0 }}>
                      {categoryLabels[category]}
                    </TableCell>
                    <TableCell align="right">{formatCount(cell)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Section>

        <Section title={translate("analytics.port.trend")}>
          <PortTrend portId={port.id} range={range} filters={filters} />
        </Section>

        <Divider sx={{ mt: 1.5 }} />
        <Section title={translate("analytics.port.members")}>
          <PortMembers portId={port.id} />
        </Section>

        {canReadReports && (
          <Section title={translate("analytics.port.recentReports")}>
            <PortRecentReports
              portId={port.id}
              range={range}
              filters={filters}
            />
          </Section>
        )}
      </CardContent>
    </Card>
  );
}
