// The admin's editor of the PSeMS framework: step names, elements and review cycle, saved as a
// whole with If-Match. The server's validation problems (a duplicate key, an element that
// assessments have scored and so cannot be removed…) show at their inputs; a colleague's save
// in between opens the conflict dialog.
import { useState } from "react";
import {
  Loading,
  ResourceContextProvider,
  SimpleForm,
  Title,
  useCanAccess,
  useNotify,
  useTranslate,
} from "react-admin";
import type { FieldValues } from "react-hook-form";
import { Alert, Card, CardContent } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { ConflictDialog } from "../../common/ConflictDialog";
import {
  conflictCurrent,
  fieldErrors,
  problemMessage,
} from "../../common/problems";
import type { PsemsFramework, PsemsFrameworkUpdate } from "../../domain";
import {
  psemsFrameworkQueryKey,
  usePsemsFramework,
} from "../../resources/assessments/usePsemsFramework";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { frameworkConflictRows } from "./frameworkConflictRows";
import { PsemsFrameworkInputs } from "./PsemsFrameworkInputs";

/** Only what the PUT accepts: the form also holds version and updatedAt. */
function updateFrom(values: FieldValues): PsemsFrameworkUpdate {
  const { steps, elements, reviewCycleYears } = values as PsemsFramework;
  return {
    steps: steps.map((step, index) => ({ number: index + 1, name: step.name })),
    elements: (elements ?? []).map(({ key, name }) => ({ key, name })),
    reviewCycleYears,
  };
}

interface Conflict {
  base: PsemsFramework;
  theirs: PsemsFramework;
  mine: PsemsFrameworkUpdate;
}

function FrameworkEditor({ framework }: { framework: PsemsFramework }) {
  const api = usePortSafeApi();
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [isPending, setPending] = useState(false);

  const saved = (next: PsemsFramework) => {
    queryClient.setQueryData(psemsFrameworkQueryKey, next);
    notify("manager.psems.saved", { type: "success" });
  };

  const put = async (base: PsemsFramework, mine: PsemsFrameworkUpdate) => {
    try {
      saved(await api.updatePsemsFramework(base.version, mine));
      setConflict(null);
      return undefined;
    } catch (error) {
      const theirs = conflictCurrent<PsemsFramework>(error);
      if (theirs) {
        setConflict({ base, theirs, mine });
        return undefined;
      }
      notify(problemMessage(error), { type: "error" });
      return fieldErrors(error) ?? undefined;
    }
  };

  const reapply = async () => {
    if (!conflict) return;
    setPending(true);
    await put(conflict.theirs, conflict.mine);
    setPending(false);
  };

  return (
    <>
      {/* Not a react-admin resource, but its form inputs look one up for their labels. */}
      <ResourceContextProvider value="psems">
        <SimpleForm
          // A new version resets the form to what was saved.
          key={framework.version}
          record={framework}
          onSubmit={(values: FieldValues) => put(framework, updateFrom(values))}
        >
          <PsemsFrameworkInputs />
        </SimpleForm>
      </ResourceContextProvider>
      {conflict && (
        <ConflictDialog
          title={translate("manager.psems.conflictTitle")}
          explanation={translate("manager.conflict.explain", {
            mine: conflict.base.version,
            theirs: conflict.theirs.version,
          })}
          rows={frameworkConflictRows(conflict, translate)}
          isPending={isPending}
          onUseTheirs={() => {
            queryClient.setQueryData(psemsFrameworkQueryKey, conflict.theirs);
            setConflict(null);
          }}
          onReapply={() => void reapply()}
        />
      )}
    </>
  );
}

export function PsemsFrameworkPage() {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({
    resource: "psems",
    action: "edit",
  });
  const { data, error } = usePsemsFramework();
  let content;
  if (isPending || (!data && !error)) content = <Loading />;
  else if (!canAccess)
    content = (
      <Alert severity="warning">{translate("manager.psems.notAllowed")}</Alert>
    );
  else if (!data)
    content = <Alert severity="error">{problemMessage(error)}</Alert>;
  else content = <FrameworkEditor framework={data} />;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate("manager.psems.title")} />
      <CardContent>{content}</CardContent>
    </Card>
  );
}
