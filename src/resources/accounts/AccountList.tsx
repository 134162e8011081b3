// The administrator's list of accounts: who can sign in, with which roles, and whether they
// have set up their authenticator app; above it, any role grants waiting for a second administrator.
import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  TextField,
  TopToolbar,
} from "react-admin";
import { ShowLinkField } from "../../common/ShowLinkField";
import { YesNoField } from "../../common/YesNoField";
import { AccountStatusField } from "./AccountStatusField";
import { PendingRoleGrants } from "./PendingRoleGrants";
import { accountFilters } from "./AccountListFilter";
import { RolesField } from "./RolesField";

const accountListActions = (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export function AccountList() {
  return (
    <>
      <PendingRoleGrants />
      <List
        sort={{ field: "username", order: "ASC" }}
        perPage={25}
        // Filters and search terms stay in memory, never in the URL (DESIGN.md §7).
        disableSyncWithLocation
        storeKey="accounts.listParams"
        filters={accountFilters}
        actions={accountListActions}
        exporter={false}
      >
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <ShowLinkField source="username" page="edit" />
          <TextField source="displayName" />
          <RolesField source="roles" sortable={false} />
          <AccountStatusField source="disabled" sortable={false} />
          <YesNoField source="mfaEnrolled" sortable={false} />
        </Datagrid>
      </List>
    </>
  );
}
