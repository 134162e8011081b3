// Coverage port by port: the map (markers coloured and labelled by band), a legend that counts
// the ports in each band, and the table with every port's figures (the map's text alternative).
import { lazy, Suspense } from "react";
import { useTranslate } from "react-admin";
import {
  Grid,
  List,
  ListItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { ShowSection } from "../../common/ShowSection";
import type { Coverage, Port } from "../../domain";
import {
  coverageBand,
  coverageBandLabels,
  coverageBands,
  shareText,
} from "./coverageBands";
import type { PortMarker } from "./CoverageMap";
// The legend shares the markers' band classes, so they load with this section, not the map.
import "./coverageMap.css";

const CoverageMap = lazy(() => import("./CoverageMap"));

export function portMarkers(
  coverage: Coverage,
  portsById: ReadonlyMap<string, Port>,
): PortMarker[] {
  return coverage.ports.flatMap((row) => {
    const port = portsById.get(row.portId);
    return port && row.members > 0
      ? [{ ...row, name: port.name, lat: port.lat, lon: port.lon }]
      : [];
  });
}

function CoverageLegend({ markers }: { markers: readonly PortMarker[] }) {
  const translate = useTranslate();
  return (
    <List
      dense
      className="coverage-legend"
      aria-label={translate("manager.coverage.legend")}
    >
      {coverageBands.map((band) => {
        const count = markers.filter(
          (m) => coverageBand(m.covered, m.members) === band,
        ).length;
        return (
          <ListItem key={band} disableGutters sx={{ gap: 1 }}>
            <span
              className={`coverage-swatch coverage-marker--${band}`}
              aria-hidden="true"
            />
            <Typography variant="body2">
              {translate("manager.coverage.legendItem", {
                label: coverageBandLabels[band],
                smart_count: count,
              })}
            </Typography>
          </ListItem>
        );
      })}
    </List>
  );
}

export function PortCoverageSection({
  coverage,
  portsById,
}: {
  coverage: Coverage;
  portsById: ReadonlyMap<string, Port>;
}) {
  const translate = useTranslate();
  const markers = portMarkers(coverage, portsById);
  const tableLabel = translate("manager.coverage.portTable");
  return (
    <ShowSection title="manager.coverage.byPort">
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Suspense fallback={null}>
            <CoverageMap
              ports={markers}
              label={translate("manager.coverage.mapLabel")}
            />
          </Suspense>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <CoverageLegend markers={markers} />
          <TableContainer
            sx={{ maxHeight: 420 }}
            tabIndex={0}
            role="region"
            aria-label={tableLabel}
          >
            <Table size="small" stickyHeader aria-label={tableLabel}>
              <TableHead>
                <TableRow>
                  <TableCell component="th" scope="col">
                    {translate("manager.coverage.port")}
                  </TableCell>
                  <TableCell component="th" scope="col">
                    {translate("manager.coverage.covered")}
                  </TableCell>
                  <TableCell component="th" scope="col">
                    {translate("manager.coverage.band")}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {markers.map((m) => (
                  <TableRow key={m.portId}>
                    <TableCell component="th" scope="row">
                      {m.name}
                    </TableCell>
                    <TableCell>{shareText(m.covered, m.members)}</TableCell>
                    <TableCell>
                      {coverageBandLabels[coverageBand(m.covered, m.members)]}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Grid>
      </Grid>
    </ShowSection>
  );
}
