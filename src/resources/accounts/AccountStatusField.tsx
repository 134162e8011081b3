// "Active" or "Disabled" in words, with disabled in bold: colour is never the only signal.
import { useRecordContext, useTranslate } from "react-admin";
import { Typography } from "@mui/material";
import type { Account } from "../../domain";

export function AccountStatusField(_props: {
  label?: string;
  sortable?: boolean;
  source?: string;
}) {
  const translate = useTranslate();
  const account = useRecordContext<Account>();
  if (!account) return null;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={
        account.disabled ? { fontWeight: 700, color: "error.main" } : undefined
      }
    >
      {translate(
        account.disabled
          ? "security.accounts.disabled"
          : "security.accounts.active",
      )}
    </Typography>
  );
}
