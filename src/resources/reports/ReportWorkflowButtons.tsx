// One button per move the state machine allows from the report's status (nothing the server
// would refuse is offered); `x` opens Close.
import { useState } from "react";
import { useRecordContext, useTranslate } from "react-admin";
import { Button, Stack, Typography } from "@mui/material";
import {
  allowedTransitions,
  reportTransitions,
  type Report,
  type TransitionRule,
} from "../../domain";
import { useKeyboardShortcut } from "../../keyboard/KeyboardShortcutsProvider";
import { ReportTransitionDialog } from "./ReportTransitionDialog";

interface ReportWorkflowButtonsProps {
  /** Where focus goes after a move, since the button pressed may be gone. */
  onMoved: () => void;
}

export function ReportWorkflowButtons({ onMoved }: ReportWorkflowButtonsProps) {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  const [rule, setRule] = useState<TransitionRule | null>(null);
  const rules = record
    ? allowedTransitions(record.status).flatMap((to) =>
        reportTransitions.filter(
          (t) => t.from === record.status && t.to === to,
        ),
      )
    : [];
  const closeRule = rules.find((r) => r.to === "closed");
  useKeyboardShortcut(
    ["x"],
    () => (closeRule ? setRule(closeRule) : false),
    closeRule !== undefined,
  );

  if (!record) return null;
  return (
    <Stack spacing={1}>
      <Typography component="h3" variant="subtitle2">
        {translate("triage.panel.workflow")}
      </Typography>
      {rules.length === 0 ? (
        <Typography variant="body2">
          {translate("triage.panel.noMoves")}
        </Typography>
      ) : (
        <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", rowGap: 1 }}>
          {rules.map((r) => (
            <Button
              key={r.to}
              variant={r.to === "closed" ? "outlined" : "contained"}
              color={r.to === "closed" ? "error" : "primary"}
              onClick={() => setRule(r)}
              aria-keyshortcuts={r.to === "closed" ? "x" : undefined}
            >
              {r.action}
            </Button>
          ))}
        </Stack>
      )}
      {rule && (
        <ReportTransitionDialog
          report={record}
          rule={rule}
          onClose={() => setRule(null)}
          onDone={onMoved}
        />
      )}
    </Stack>
  );
}
