// The map as a table (DESIGN.md §8): every port with its reports in the window, per category,
// sortable; a port's name opens its panel, as clicking its ring does.
import { useState } from "react";
import { useTranslate } from "react-admin";
import { FormControlLabel, Link as MuiLink, Switch } from "@mui/material";
import {
  categoryLabels,
  formatCount,
  type StatsPortsResponse,
} from "../../domain";
import {
  SortableTable,
  type TableColumn,
} from "../../common/charts/SortableTable";
import { countSortValue, type PortRow } from "./portRows";

export function PortsTable({
  stats,
  rows,
  caption,
  selectedPortId,
  onSelectPort,
}: {
  stats: StatsPortsResponse;
  rows: readonly PortRow[];
  caption: string;
  selectedPortId: string | null;
  onSelectPort: (portId: string) => void;
}) {
  const translate = useTranslate();
  const [showAll, setShowAll] = useState(false);
  const columns: TableColumn<PortRow>[] = [
    {
      key: "port",
      label: translate("resources.ports.fields.name"),
      render: (row) => (
        <MuiLink
          component="button"
          type="button"
          onClick={() => onSelectPort(row.port.id)}
          sx={{ textAlign: "left" }}
        >
          {row.port.name}
        </MuiLink>
      ),
      sortValue: (row) => row.port.name,
    },
    {
      key: "nation",
      label: translate("resources.ports.fields.nation"),
      render: (row) => row.port.nation,
      sortValue: (row) => row.port.nation,
    },
    {
      key: "force",
      label: translate("resources.ports.fields.territorialPoliceForce"),
      render: (row) => row.port.territorialPoliceForce,
      sortValue: (row) => row.port.territorialPoliceForce,
    },
    {
      key: "total",
      label: translate("analytics.map.reports"),
      numeric: true,
      render: (row) => formatCount(row.total),
      sortValue: (row) => countSortValue(row.total),
    },
    ...stats.categories.map((category, i): TableColumn<PortRow> => ({
      key: category,
      label: categoryLabels[category],
      numeric: true,
      // null is a protected figure ("<5"); only a missing column reads as 0.
      render: (row) =>
        formatCount(row.counts[i] === undefined ? 0 : row.counts[i]!),
      sortValue: (row) => countSortValue(row.counts[i]),
    })),
  ];
  // Ports with no reports are many and say little; they stay on the map as dots and in the CSV.
  const shownRows = showAll ? rows : rows.filter((row) => row.total !== 0);
  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={showAll}
            onChange={(event) => setShowAll(event.target.checked)}
          />
        }
        label={translate("analytics.map.showAllPorts")}
      />
      <SortableTable
        caption={caption}
        columns={columns}
        rows={shownRows}
        rowKey={(row) => row.port.id}
        initialSort={{ key: "total", direction: "desc" }}
        selectedKey={selectedPortId}
      />
    </>
  );
}
