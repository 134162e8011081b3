// `c` claims the next report from any page, for the roles that may work the queue.
import { useCanAccess } from "react-admin";
import { useKeyboardShortcut } from "../keyboard/KeyboardShortcutsProvider";
import { useClaimNextReport } from "../resources/reports/useClaimNextReport";

export function ClaimNextShortcut() {
  const { canAccess } = useCanAccess({ resource: "reports", action: "edit" });
  const { claimNext } = useClaimNextReport();
  useKeyboardShortcut(["c"], () => void claimNext(), canAccess === true);
  return null;
}
