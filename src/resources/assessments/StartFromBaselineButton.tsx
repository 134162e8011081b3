// "Start new assessment from this one": the server creates a planned assessment that carries
// this one's scores, unfinished action items and accountable manager (not its reviewer: each
// review needs its own declaration), then the manager completes it in the edit form.
import { useState } from "react";
import {
  Button,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRedirect,
} from "react-admin";
import ContentCopyOutlined from "@mui/icons-material/ContentCopyOutlined";
import { problemMessage } from "../../common/problems";
import type { Assessment } from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";

export function StartFromBaselineButton() {
  const record = useRecordContext<Assessment>();
  const { canAccess } = useCanAccess({
    resource: "assessments",
    action: "create",
  });
  const api = usePortSafeApi();
  const notify = useNotify();
  const redirect = useRedirect();
  const [isPending, setPending] = useState(false);
  if (!record || !canAccess) return null;

  const start = async () => {
    setPending(true);
    try {
      const created = await api.startAssessmentFromBaseline(record.id, {});
      notify("manager.assessment.baselineStarted", { type: "success" });
      redirect("edit", "assessments", created.id);
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    } finally {
      setPending(false);
    }
  };

  return (
    <Button
      label="manager.assessment.startFromThis"
      onClick={() => void start()}
      disabled={isPending}
    >
      <ContentCopyOutlined />
    </Button>
  );
}
