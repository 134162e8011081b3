// An account's roles as words ("Desk officer, Administrator").
import { useFieldValue, useTranslate } from "react-admin";
import { Typography } from "@mui/material";

export function RolesField(props: {
  source: string;
  label?: string;
  sortable?: boolean;
}) {
  const translate = useTranslate();
  const value: unknown = useFieldValue(props);
  const roles = Array.isArray(value) ? (value as string[]) : [];
  return (
    <Typography component="span" variant="body2">
      {roles.map((role) => translate(`security.roles.${role}`)).join(", ")}
    </Typography>
  );
}
