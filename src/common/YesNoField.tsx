// A boolean as the words "Yes" and "No" (react-admin's BooleanField shows only an icon).
import { useFieldValue } from "react-admin";
import { Typography } from "@mui/material";

export function YesNoField(props: {
  source: string;
  label?: string;
  sortable?: boolean;
}) {
  const value: unknown = useFieldValue(props);
  return (
    <Typography component="span" variant="body2">
      {value === true ? "Yes" : value === false ? "No" : ""}
    </Typography>
  );
}
