// The inputs Create and Edit share: the person's name and their roles, checked with the
// contract's own rules (src/domain/account.ts) before anything is sent.
import { CheckboxGroupInput, TextInput } from "react-admin";
import { AccountCreateSchema } from "../../domain";
import { validateWith } from "../../common/validateWith";
import { roleChoices } from "./roleChoices";

const validateDisplayName = validateWith(AccountCreateSchema.shape.displayName);
const validateRoles = validateWith(AccountCreateSchema.shape.roles, []);

export function AccountInputs() {
  return (
    <>
      <TextInput
        source="displayName"
        validate={validateDisplayName}
        autoComplete="off"
      />
      <CheckboxGroupInput
        source="roles"
        choices={roleChoices}
        validate={validateRoles}
      />
    </>
  );
}
