// A filter that takes any number of values (the API's repeated query keys); none means all.
import { useTranslate } from "react-admin";
import { ListItemIcon, ListItemText, MenuItem, TextField } from "@mui/material";
import CheckedIcon from "@mui/icons-material/CheckBox";
import UncheckedIcon from "@mui/icons-material/CheckBoxOutlineBlank";

export interface FilterOption {
  id: string;
  name: string;
}

export function MultiSelectFilter({
  label,
  options,
  value,
  onChange,
  minWidth = 180,
}: {
  label: string;
  options: readonly FilterOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  minWidth?: number;
}) {
  const translate = useTranslate();
  const names = new Map(options.map((o) => [o.id, o.name]));
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => {
        const next = event.target.value as unknown as string[] | string;
        onChange(typeof next === "string" ? next.split(",") : next);
      }}
      sx={{ minWidth, maxWidth: 280 }}
      slotProps={{
        select: {
          multiple: true,
          displayEmpty: true,
          renderValue: (selected) => {
            const ids = selected as string[];
            return ids.length === 0
              ? translate("analytics.filters.all")
              : ids.map((id) => names.get(id) ?? id).join(", ");
          },
        },
        inputLabel: { shrink: true },
      }}
    >
      {options.map((option) => (
        <MenuItem key={option.id} value={option.id}>
          {/* An icon, not a checkbox: the option itself is what is selected (aria-selected). */}
          <ListItemIcon>
            {value.includes(option.id) ? (
              <CheckedIcon fontSize="small" />
            ) : (
              <UncheckedIcon fontSize="small" />
            )}
          </ListItemIcon>
          <ListItemText primary={option.name} />
        </MenuItem>
      ))}
    </TextField>
  );
}
