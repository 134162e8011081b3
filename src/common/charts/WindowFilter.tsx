// The time window: the last 30, 90 or 365 days, or a custom range of UK calendar days.
import { useTranslate } from "react-admin";
import { MenuItem, Stack, TextField } from "@mui/material";
import {
  presetWindow,
  windowPresets,
  windowProblem,
  type DayWindow,
  type WindowPreset,
} from "./analyticsWindow";

export function WindowFilter({
  value,
  onChange,
  now,
}: {
  value: DayWindow;
  onChange: (window: DayWindow) => void;
  now: Date;
}) {
  const translate = useTranslate();
  const problem = value.preset === "custom" ? windowProblem(value) : null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
      <TextField
        select
        size="small"
        label={translate("analytics.window.label")}
        value={value.preset}
        onChange={(event) => {
          const preset = event.target.value as WindowPreset;
          // A custom range starts from the window already shown, so the analyst adjusts it.
          onChange(
            preset === "custom"
              ? { ...value, preset }
              : presetWindow(preset, now),
          );
        }}
        sx={{ minWidth: 170 }}
      >
        {windowPresets.map((preset) => (
          <MenuItem key={preset} value={preset}>
            {translate(`analytics.window.presets.${preset}`)}
          </MenuItem>
        ))}
      </TextField>
      {value.preset === "custom" && (
        <>
          <TextField
            type="date"
            size="small"
            label={translate("analytics.window.from")}
            value={value.fromDay}
            onChange={(event) =>
              onChange({ ...value, fromDay: event.target.value })
            }
            error={problem !== null}
            helperText={problem ?? undefined}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            size="small"
            label={translate("analytics.window.to")}
            value={value.toDay}
            onChange={(event) =>
              onChange({ ...value, toDay: event.target.value })
            }
            error={problem !== null}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </>
      )}
    </Stack>
  );
}
