// A row's full record in a dialog: who, when, what, which record, from where, the detail JSON
// the server recorded (indented) and the row's chain hash. A button in the row opens it, as
// react-admin's expandable rows are out of reach of keyboards and screen readers.
import { useState } from "react";
import { Button, useRecordContext, useTranslate } from "react-admin";
import {
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from "@mui/material";
import DataObjectIcon from "@mui/icons-material/DataObjectOutlined";
import { formatDateTime } from "../../common/dates";
import type { AuditEvent } from "../../domain";

function facts(event: AuditEvent): [string, string][] {
  return [
    ["at", formatDateTime(event.at)],
    ["actorName", event.actorName ?? "—"],
    ["action", event.action],
    ["entity", [event.entity, event.entityId].filter(Boolean).join(" ") || "—"],
    ["ip", event.ip ?? "—"],
  ];
}

export function AuditEventDetailButton(_props: { label?: string }) {
  const event = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!event) return null;
  const titleId = `audit-row-${event.id}-title`;
  const hasDetail =
    event.detail !== null && Object.keys(event.detail).length > 0;
  return (
    <>
      <Button
        label="security.audit.detail"
        aria-label={translate("security.audit.detailOf", { id: event.id })}
        onClick={(click) => {
          click.stopPropagation();
          setOpen(true);
        }}
      >
        <DataObjectIcon />
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby={titleId}
        maxWidth="md"
      >
        <DialogTitle id={titleId}>
          {translate("security.audit.detailTitle", {
            id: event.id,
            action: event.action,
          })}
        </DialogTitle>
        <DialogContent>
          <Box
            component="dl"
            sx={{
              display: "grid",
              gridTemplateColumns: "max-content 1fr",
              columnGap: 2,
              rowGap: 0.5,
              m: 0,
            }}
          >
            {facts(event).map(([field, value]) => (
              <Box key={field} sx={{ display: "contents" }}>
                <Typography
                  component="dt"
                  variant="body2"
                  sx={{ fontWeight: 600 }}
                >
                  {translate(`resources.audit.fields.${field}`)}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  {value}
                </Typography>
              </Box>
            ))}
          </Box>
          {hasDetail ? (
            <Box
              component="pre"
              aria-label={translate("security.audit.detail")}
              sx={{
                mt: 2,
                p: 1,
                bgcolor: "action.hover",
                borderRadius: 1,
                fontSize: "0.85rem",
                whiteSpace: "pre-wrap",
                wordBreak: "break-word",
              }}
            >
              {JSON.stringify(event.detail, null, 2)}
            </Box>
          ) : (
            <Typography variant="body2" sx={{ mt: 2 }}>
              {translate("security.audit.noDetail")}
            </Typography>
          )}
          <Typography
            variant="caption"
            component="p"
            sx={{ mt: 2, fontFamily: "monospace", wordBreak: "break-all" }}
          >
            SHA-256 {event.hash}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setOpen(false)} />
        </DialogActions>
      </Dialog>
    </>
  );
}
