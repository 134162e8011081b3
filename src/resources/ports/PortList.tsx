// The UK and Crown-dependency ports PortSafe covers, with the forces that police them.
import { Datagrid, List, TextField } from "react-admin";
import { ShowLinkField } from "../../common/ShowLinkField";
import { portFilters } from "./PortListFilter";

export function PortList() {
  return (
    <List
      sort={{ field: "name", order: "ASC" }}
      perPage={25}
      // Filters and search terms stay in memory, never in the URL (DESIGN.md §7).
      disableSyncWithLocation
      storeKey="ports.listParams"
      filters={portFilters}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ShowLinkField source="name" />
        <TextField source="unlocode" />
        <TextField source="nation" />
        <TextField source="tier" />
        <TextField source="role" sortable={false} />
        <TextField source="territorialPoliceForce" sortable={false} />
        <TextField source="portPoliceForce" sortable={false} emptyText="" />
      </Datagrid>
    </List>
  );
}
