// The four roles as choices, named through i18n (security.roles.<role>).
import { roles } from "../../domain";

export const roleChoices = roles.map((role) => ({
  id: role,
  name: `security.roles.${role}`,
}));
