// Register a member (managers and admins: react-admin's canAccess turns others away, and the
// server refuses them anyway). The server's field problems show next to their inputs.
import { Create, SimpleForm } from "react-admin";
import { MemberInputs } from "./MemberInputs";

const newMember = {
  status: "active",
  assetPackIssued: false,
  actAccess: false,
  newsletter: true,
};

export function MemberCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={newMember}>
        <MemberInputs />
      </SimpleForm>
    </Create>
  );
}
