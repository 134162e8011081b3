// Every change to a report goes through useReportCommand: on success the page shows the saved
// report; on 409 (someone else saved first) the conflict dialog opens, and the officer either
// takes their version or re-applies the same change on top of it with the new version.
import {
  createContext,
  useCallback,
  useContext,
  useState,
  type ReactNode,
} from "react";
import { useNotify, useTranslate } from "react-admin";
import { ConflictDialog } from "../../common/ConflictDialog";
import { conflictCurrent, problemMessage } from "../../common/problems";
import type { Report } from "../../domain";
import { reportConflictRows, type ReportIntent } from "./reportConflictRows";
import { useReplaceReport } from "./useReplaceReport";

/** A change to a report, made from a given version of it; returns the saved report. */
export type ReportCommand = (base: Report) => Promise<Report>;

export interface ReportChange {
  /** What the officer is changing, for the conflict dialog's "Your change" column. */
  intent: ReportIntent;
  command: ReportCommand;
  /** Called with the saved report, whether saved at once or re-applied after a conflict. */
  onSaved?: (saved: Report) => void;
  /** Called when the officer takes the other version instead of theirs. */
  onDiscarded?: (theirs: Report) => void;
}

export interface PendingConflict extends ReportChange {
  base: Report;
  theirs: Report;
}

const ConflictContext = createContext<(conflict: PendingConflict) => void>(
  () => {
    throw new Error(
      "useReportCommand must be used inside <ReportConflictProvider>",
    );
  },
);

export function ReportConflictProvider({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const notify = useNotify();
  const replace = useReplaceReport();
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [isPending, setPending] = useState(false);

  const takeTheirs = () => {
    if (!conflict) return;
    replace(conflict.theirs);
    conflict.onDiscarded?.(conflict.theirs);
    setConflict(null);
  };

  const reapply = async () => {
    if (!conflict) return;
    setPending(true);
    try {
      const saved = await conflict.command(conflict.theirs);
      replace(saved);
      notify("triage.conflict.reapplied", { type: "success" });
      setConflict(null);
      conflict.onSaved?.(saved);
    } catch (error) {
      const newer = conflictCurrent<Report>(error);
      if (newer) {
        // Yet another change landed meanwhile: compare against that one.
        setConflict({ ...conflict, base: conflict.theirs, theirs: newer });
      } else {
        // E.g. the move is no longer allowed from the new status: say why and show theirs.
        notify(problemMessage(error), {
          type: "error",
          autoHideDuration: null,
        });
        replace(conflict.theirs);
        conflict.onDiscarded?.(conflict.theirs);
        setConflict(null);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <ConflictContext.Provider value={setConflict}>
      {children}
      {conflict && (
        <ConflictDialog
          title={translate("triage.conflict.title", {
            reference: conflict.theirs.reference,
          })}
          explanation={translate("triage.conflict.explain", {
            reference: conflict.theirs.reference,
            mine: conflict.base.version,
            theirs: conflict.theirs.version,
          })}
          rows={reportConflictRows(
            conflict.base,
            conflict.intent,
            conflict.theirs,
            translate,
          )}
          isPending={isPending}
          onUseTheirs={takeTheirs}
          onReapply={() => void reapply()}
        />
      )}
    </ConflictContext.Provider>
  );
}

/** For screens that run their own save (react-admin's Edit): opens the conflict dialog. */
export function useShowReportConflict() {
  return useContext(ConflictContext);
}

/**
 * Runs a command against `base` (the version on screen). Resolves to the saved report, or null
 * when a conflict dialog took over; any other error is thrown for the caller to show.
 */
export function useReportCommand() {
  const showConflict = useContext(ConflictContext);
  const replace = useReplaceReport();
  return useCallback(
    async (base: Report, change: ReportChange): Promise<Report | null> => {
      try {
        const saved = await change.command(base);
        replace(saved);
        change.onSaved?.(saved);
        return saved;
      } catch (error) {
        const theirs = conflictCurrent<Report>(error);
        if (!theirs) throw error;
        showConflict({ ...change, base, theirs });
        return null;
      }
    },
    [replace, showConflict],
  );
}
