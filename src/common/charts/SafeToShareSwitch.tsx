// "Safe to share": asks the API to suppress counts under 5 ("<5"), and to hide any count that
// could be worked out from the others (DESIGN.md §7). Managers always get suppressed figures.
import { useTranslate } from "react-admin";
import { FormControlLabel, Switch } from "@mui/material";

export function SafeToShareSwitch({
  checked,
  forced,
  onChange,
}: {
  checked: boolean;
  /** The server suppresses for this role whatever is asked: shown on and locked. */
  forced?: boolean;
  onChange: (safe: boolean) => void;
}) {
  const translate = useTranslate();
  return (
    <FormControlLabel
      control={
        <Switch
          checked={checked || Boolean(forced)}
          disabled={forced}
          onChange={(event) => onChange(event.target.checked)}
        />
      }
      label={translate("analytics.safeToShare")}
    />
  );
}
