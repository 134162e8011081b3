// The report's protective marking, shown as a banner at the top and foot of the report.
import { useRecordContext } from "react-admin";
import { Box } from "@mui/material";
import type { Handling, Report } from "../../domain";

const bannerColours: Record<
  Handling,
  { backgroundColor: string; color: string }
> = {
  // White on these is 7.3:1 and 14.6:1.
  "OFFICIAL-SENSITIVE": { backgroundColor: "#b00020", color: "#ffffff" },
  OFFICIAL: { backgroundColor: "#12284c", color: "#ffffff" },
};

export function HandlingBanner() {
  const record = useRecordContext<Report>();
  if (!record) return null;
  return (
    <Box
      component="p"
      sx={{
        ...bannerColours[record.handling],
        m: 0,
        py: 0.75,
        textAlign: "center",
        fontWeight: 700,
        letterSpacing: "0.08em",
      }}
    >
      {record.handling}
    </Box>
  );
}
