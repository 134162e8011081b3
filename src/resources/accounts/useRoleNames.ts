// Roles as words for a sentence: "Desk officer", "Desk officer and Analyst".
import { useTranslate } from "react-admin";
import type { Role } from "../../domain";

export function useRoleNames(): (roles: readonly Role[]) => string {
  const translate = useTranslate();
  return (roles) => {
    const names = roles.map((role) => translate(`security.roles.${role}`));
    return names.length > 1
      ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`
      : (names[0] ?? "");
  };
}
