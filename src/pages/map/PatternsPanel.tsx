// Cross-port patterns in the window, strongest first: what stands out and why, its ports drawn
// as a line on the map, the analyst's review, and the way to its reports.
import { useState } from "react";
import { useCanAccess, useTranslate } from "react-admin";
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  List,
  ListItem,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import {
  maxPerPage,
  patternKindLabels,
  patternReviewStatuses,
  type PatternListQuery,
  type Port,
  type ReviewedPattern,
} from "../../domain";
import { formatDateTime } from "../../common/dates";
import type { WindowQuery } from "../../providers/analyticsMethods";
import { PatternReviewDialog } from "./PatternReviewDialog";
import { useOpenReportList } from "./useOpenReportList";

const statusChip = {
  new: "default",
  reviewed: "success",
  dismissed: "warning",
} as const;

export function PatternsPanel({
  patterns,
  error,
  isPending,
  listedWith,
  ports,
  selectedId,
  onSelect,
}: {
  patterns: readonly ReviewedPattern[];
  error: Error | null;
  isPending: boolean;
  /** The query the patterns were listed with: the map's window and report filters. */
  listedWith: WindowQuery<PatternListQuery>;
  ports: ReadonlyMap<string, Port>;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const translate = useTranslate();
  const openReportList = useOpenReportList();
  const { canAccess: canReview } = useCanAccess({
    resource: "patterns",
    action: "edit",
  });
  const [status, setStatus] = useState<
    "all" | ReviewedPattern["review"]["status"]
  >("all");
  const [reviewing, setReviewing] = useState<ReviewedPattern | null>(null);
  const shown = patterns.filter(
    (p) => status === "all" || p.review.status === status,
  );

  const follow = (pattern: ReviewedPattern) =>
    pattern.reportIds.length <= maxPerPage
      ? openReportList(
          { id: pattern.reportIds },
          translate("analytics.patterns.reportsOf", {
            title: pattern.title,
            smart_count: pattern.reportIds.length,
          }),
        )
      : // The list takes at most 100 ids: a bigger pattern (a wide category rise) opens as its
        // ports, dates and category instead, which hold its reports among others.
        openReportList({
          portId: pattern.portIds,
          // The pattern's dates are its first and last report; the list's upper bound is exclusive.
          receivedFrom: pattern.from,
          receivedTo: new Date(Date.parse(pattern.to) + 1).toISOString(),
          category: pattern.category ? [pattern.category] : undefined,
          q: pattern.entity ?? undefined,
        });

  return (
    <Card
      component="section"
      aria-labelledby="patterns-heading"
      variant="outlined"
    >
      <CardContent>
        <Typography id="patterns-heading" variant="h6" component="h2">
          {translate("analytics.patterns.title")}
        </Typography>
        <TextField
          select
          size="small"
          label={translate("analytics.patterns.statusFilter")}
          value={status}
          onChange={(event) => setStatus(event.target.value as typeof status)}
          sx={{ my: 1, minWidth: 160 }}
        >
          <MenuItem value="all">{translate("analytics.filters.all")}</MenuItem>
          {patternReviewStatuses.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(`analytics.patterns.status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        {isPending && (
          <Typography variant="body2">
            {translate("ra.page.loading")}
          </Typography>
        )}
        {error && (
          <Typography variant="body2" color="error">
            {error.message}
          </Typography>
        )}
        {!isPending && !error && shown.length === 0 && (
          <Typography variant="body2">
            {translate("analytics.patterns.none")}
          </Typography>
        )}
        <List
          disablePadding
          sx={{ maxHeight: 520, overflowY: "auto" }}
          aria-label={translate("analytics.patterns.title")}
        >
          {shown.map((pattern) => {
            const selected = pattern.id === selectedId;
            const portNames = pattern.portIds
              .map((id) => ports.get(id)?.name ?? id)
              .join(", ");
            return (
              <ListItem
                key={pattern.id}
                disableGutters
                sx={{
                  display: "block",
                  borderLeft: selected ? "4px solid" : "4px solid transparent",
                  borderColor: selected ? "text.primary" : "transparent",
                  pl: 1,
                  mb: 1.5,
                }}
              >
                <Typography variant="subtitle2" component="h3">
                  {pattern.title}
                </Typography>
                <Stack
                  direction="row"
                  spacing={1}
                  sx={{ my: 0.5, alignItems: "center" }}
                >
                  <Chip
                    size="small"
                    label={translate(
                      `analytics.patterns.status.${pattern.review.status}`,
                    )}
                    color={statusChip[pattern.review.status]}
                    variant="outlined"
                  />
                  <Typography variant="caption">
                    {patternKindLabels[pattern.kind]}
                  </Typography>
                </Stack>
                <Typography variant="body2">{pattern.why}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {translate("analytics.patterns.facts", {
                    reports: pattern.reportIds.length,
                    ports: portNames,
                    from: formatDateTime(pattern.from),
                    to: formatDateTime(pattern.to),
                  })}
                </Typography>
                {pattern.review.note && (
                  <Typography variant="body2" sx={{ fontStyle: "italic" }}>
                    {translate("analytics.patterns.noteBy", {
                      note: pattern.review.note,
                      name: pattern.review.reviewedByName ?? "",
                    })}
                  </Typography>
                )}
                <Box
                  sx={{ mt: 0.5, display: "flex", flexWrap: "wrap", gap: 1 }}
                >
                  <Button
                    size="small"
                    variant={selected ? "contained" : "outlined"}
                    aria-pressed={selected}
                    onClick={() => onSelect(selected ? null : pattern.id)}
                  >
                    {translate("analytics.patterns.showOnMap")}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => follow(pattern)}
                    aria-label={translate("analytics.patterns.openReportsOf", {
                      title: pattern.title,
                    })}
                  >
                    {translate("analytics.patterns.openReports", {
                      smart_count: pattern.reportIds.length,
                    })}
                  </Button>
                  {canReview && (
                    <Button
                      size="small"
                      onClick={() => setReviewing(pattern)}
                      aria-label={translate("analytics.patterns.reviewOf", {
                        title: pattern.title,
                      })}
                    >
                      {translate("analytics.patterns.review")}
                    </Button>
                  )}
                </Box>
              </ListItem>
            );
          })}
        </List>
      </CardContent>
      {reviewing && (
        <PatternReviewDialog
          pattern={reviewing}
          listedWith={listedWith}
          onClose={() => setReviewing(null)}
        />
      )}
    </Card>
  );
}
