// The force shading as a table: reports at the ports each territorial force polices.
import { useTranslate } from "react-admin";
import { formatCount, type ForceCounts } from "../../domain";
import { SortableTable } from "../../common/charts/SortableTable";
import { countSortValue } from "./portRows";

export function ForcesTable({
  forces,
  caption,
}: {
  forces: readonly ForceCounts[];
  caption: string;
}) {
  const translate = useTranslate();
  return (
    <SortableTable
      caption={caption}
      rows={forces}
      rowKey={(f) => f.force}
      initialSort={{ key: "total", direction: "desc" }}
      maxHeight={360}
      columns={[
        {
          key: "force",
          label: translate("resources.ports.fields.territorialPoliceForce"),
          render: (f) => f.force,
          sortValue: (f) => f.force,
        },
        {
          key: "ports",
          label: translate("analytics.map.portsPoliced"),
          numeric: true,
          render: (f) => f.portIds.length,
          sortValue: (f) => f.portIds.length,
        },
        {
          key: "total",
          label: translate("analytics.map.reports"),
          numeric: true,
          render: (f) => formatCount(f.total),
          sortValue: (f) => countSortValue(f.total),
        },
      ]}
    />
  );
}
