// The timeline: a slider over the weeks of the window, and play-through one week at a time.
// "Whole window" shows everything; playing can always be paused (WCAG 2.2.2).
import { useEffect } from "react";
import { useTranslate } from "react-admin";
import { Button, Slider, Stack, Typography } from "@mui/material";
import PauseIcon from "@mui/icons-material/Pause";
import PlayIcon from "@mui/icons-material/PlayArrow";
import {
  formatDayRange,
  type DayWindow,
} from "../../common/charts/analyticsWindow";

/** How long each week stays on screen while playing. */
export const playStepMs = 1500;

export interface TimelineState {
  /** The week shown, or null for the whole window. */
  week: number | null;
  playing: boolean;
}

export function MapTimeline({
  weeks,
  state,
  onChange,
}: {
  weeks: readonly DayWindow[];
  state: TimelineState;
  onChange: (state: TimelineState) => void;
}) {
  const translate = useTranslate();
  const { week, playing } = state;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(
      () => {
        const next = week === null ? 0 : week + 1;
        onChange(
          next >= weeks.length
            ? { week: weeks.length - 1, playing: false }
            : { week: next, playing: true },
        );
      },
      week === null ? 0 : playStepMs,
    );
    return () => window.clearTimeout(timer);
  }, [playing, week, weeks.length, onChange]);

  const shown = week === null ? null : weeks[week];
  const label = shown
    ? translate("analytics.timeline.week", { range: formatDayRange(shown) })
    : translate("analytics.timeline.whole");
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 1 }}>
      <Button
        variant="outlined"
        size="small"
        startIcon={playing ? <PauseIcon /> : <PlayIcon />}
        onClick={() =>
          onChange(
            playing
              ? { week, playing: false }
              : {
                  week: week === null || week >= weeks.length - 1 ? null : week,
                  playing: true,
                },
          )
        }
        disabled={weeks.length < 2}
      >
        {translate(
          playing ? "analytics.timeline.pause" : "analytics.timeline.play",
        )}
      </Button>
      <Slider
        sx={{ flexGrow: 1, maxWidth: 520 }}
        min={-1}
        max={weeks.length - 1}
        step={1}
        value={week ?? -1}
        onChange={(_, value) => {
          const v = value as number;
          onChange({ week: v < 0 ? null : v, playing: false });
        }}
        getAriaValueText={(v) =>
          v < 0
            ? translate("analytics.timeline.whole")
            : formatDayRange(weeks[v]!)
        }
        aria-label={translate("analytics.timeline.label")}
      />
      <Typography
        variant="body2"
        // Quiet while playing: a new announcement every step would drown everything else out.
        aria-live={playing ? "off" : "polite"}
        sx={{ minWidth: 260 }}
      >
        {label}
      </Typography>
      {week !== null && (
        <Button
          size="small"
          onClick={() => onChange({ week: null, playing: false })}
        >
          {translate("analytics.timeline.showWhole")}
        </Button>
      )}
    </Stack>
  );
}
