// Edit a member. Pessimistic and guarded by If-Match: nothing changes on screen until the server
// accepts the change, and a 409 opens the conflict dialog instead of overwriting anyone.
import { Edit, SimpleForm, useRecordContext } from "react-admin";
import { formatDate } from "../../common/dates";
import { useEditConflict } from "../../common/useEditConflict";
import { memberTypeLabels, type Member, type MemberType } from "../../domain";
import { MemberInputs } from "./MemberInputs";

const conflictFields = [
  "name",
  "type",
  "portId",
  "status",
  "joinedOn",
  "majorChangeOn",
  "contactName",
  "contactRole",
  "contactEmail",
  "contactPhone",
  "assetPackIssued",
  "actAccess",
  "newsletter",
] as const satisfies readonly (keyof Member)[];

function formatMemberValue(field: keyof Member, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (field === "type") return memberTypeLabels[value as MemberType];
  if (field === "joinedOn" || field === "majorChangeOn")
    return formatDate(String(value));
  return String(value);
}

function MemberEditTitle() {
  const record = useRecordContext<Member>();
  return <>{record ? `Edit ${record.name}` : ""}</>;
}

export function MemberEdit() {
  const { onError, dialog } = useEditConflict<Member>({
    resource: "members",
    fields: conflictFields,
    formatValue: formatMemberValue,
    name: (member) => member.name,
  });
  return (
    <>
      <Edit
        title={<MemberEditTitle />}
        mutationMode="pessimistic"
        mutationOptions={{ onError }}
        redirect="show"
      >
        <SimpleForm>
          <MemberInputs isEdit />
        </SimpleForm>
      </Edit>
      {dialog}
    </>
  );
}
