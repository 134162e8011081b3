// The audit log, newest first: who did what, to which record, from where. Each row's button
// opens the detail the server recorded. Append-only: nothing here changes a row.
import { Datagrid, List, TextField } from "react-admin";
import { DateTimeField } from "../../common/DateFields";
import { AuditEventDetailButton } from "./AuditEventDetailButton";
import { auditFilters } from "./AuditListFilter";
import { AuditListActions } from "./AuditListActions";

export function AuditList() {
  return (
    <List
      sort={{ field: "at", order: "DESC" }}
      perPage={25}
      // Filters stay in memory, never in the URL (DESIGN.md §7).
      disableSyncWithLocation
      storeKey="audit.listParams"
      filters={auditFilters}
      actions={<AuditListActions />}
      exporter={false}
    >
      <Datagrid bulkActionButtons={false}>
        <DateTimeField source="at" />
        <TextField source="actorName" emptyText="—" />
        <TextField source="action" />
        <TextField source="entity" sortable={false} emptyText="" />
        <TextField source="entityId" sortable={false} emptyText="" />
        <TextField source="ip" sortable={false} emptyText="" />
        <AuditEventDetailButton label="resources.audit.fields.detail" />
      </Datagrid>
    </List>
  );
}
