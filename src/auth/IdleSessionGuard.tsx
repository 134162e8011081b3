// Ends an idle session the way the server does, but with a warning first (DESIGN.md §7, WCAG
// 2.2.1). Mounted in the layout, so it runs only while someone is signed in. It reads the
// server's idle timeout once, then counts from the app's last API request.
import { useEffect, useRef, useState } from "react";
import { useLogout, useLogoutIfAccessDenied } from "react-admin";
import type { SessionInfo } from "../domain";
import type { SignedOutReason } from "../providers/authProvider";
import { IdleWarningDialog } from "./IdleWarningDialog";
import { useIdleCountdown } from "./useIdleCountdown";
import { usePortSafeAuth } from "./usePortSafeAuth";

export function IdleSessionGuard() {
  const auth = usePortSafeAuth();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [session, setSession] = useState<SessionInfo | null>(null);

  useEffect(() => {
    let mounted = true;
    auth.getSessionInfo().then(
      (info) => {
        if (mounted) setSession(info);
      },
      (error: unknown) => void logoutIfAccessDenied(error),
    );
    return () => {
      mounted = false;
    };
  }, [auth, logoutIfAccessDenied]);

  return session ? (
    <IdleCountdown idleTimeoutSeconds={session.idleTimeoutSeconds} />
  ) : null;
}

function IdleCountdown({ idleTimeoutSeconds }: { idleTimeoutSeconds: number }) {
  const auth = usePortSafeAuth();
  const logout = useLogout();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const phase = useIdleCountdown(idleTimeoutSeconds);
  const signingOut = useRef(false);

  useEffect(() => {
    if (phase.kind !== "over" || signingOut.current) return;
    signingOut.current = true;
    const reason: SignedOutReason = {
      kind: "idle",
      idleMinutes: Math.round(idleTimeoutSeconds / 60),
    };
    void logout({ reason });
  }, [phase.kind, idleTimeoutSeconds, logout]);

  // The request is the activity: apiFetch notes it, and the countdown starts again.
  function staySignedIn() {
    auth.getSessionInfo().catch((error: unknown) => {
      void logoutIfAccessDenied(error);
    });
  }

  return (
    <IdleWarningDialog
      open={phase.kind === "warning"}
      secondsLeft={phase.kind === "warning" ? phase.secondsLeft : 0}
      onStaySignedIn={staySignedIn}
      onSignOut={() => void logout()}
    />
  );
}
