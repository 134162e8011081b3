// The register's toolbar: filters, register a member and import a CSV (managers and admins, as
// the server allows), and export what the list shows.
import {
  CreateButton,
  FilterButton,
  TopToolbar,
  useCanAccess,
} from "react-admin";
import { MemberExportButton } from "./MemberExportButton";
import { MemberImportButton } from "./MemberImportDialog";

export function MemberListActions() {
  const { canAccess: canCreate } = useCanAccess({
    resource: "members",
    action: "create",
  });
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {canCreate && <MemberImportButton />}
      <MemberExportButton />
    </TopToolbar>
  );
}
