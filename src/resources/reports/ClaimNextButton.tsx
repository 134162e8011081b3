// The queue's main action. The `c` shortcut does the same from anywhere (see ClaimNextShortcut).
import { Button, useCanAccess } from "react-admin";
import AssignmentIndIcon from "@mui/icons-material/AssignmentIndOutlined";
import { useClaimNextReport } from "./useClaimNextReport";

export function ClaimNextButton() {
  const { canAccess } = useCanAccess({ resource: "reports", action: "edit" });
  const { claimNext, isPending } = useClaimNextReport();
  if (!canAccess) return null;
  return (
    <Button
      label="triage.claim.button"
      variant="contained"
      onClick={() => void claimNext()}
      disabled={isPending}
      aria-keyshortcuts="c"
    >
      <AssignmentIndIcon />
    </Button>
  );
}
