// The desk's risk assessment of the open report, saved with PATCH and If-Match (`r` jumps here).
// While the officer edits, the form stays based on the version they started from, so a
// colleague's change in the meantime comes back as a conflict to resolve, never a silent merge.
import { useEffect, useRef, useState } from "react";
import {
  Form,
  useDataProvider,
  useFormIsDirty,
  useNotify,
  useRecordContext,
  useShowContext,
  useTranslate,
} from "react-admin";
import { Button, Stack } from "@mui/material";
import { fieldErrors, problemMessage } from "../../common/problems";
import { thriveParts, type Report, type Thrive } from "../../domain";
import { useKeyboardShortcut } from "../../keyboard/KeyboardShortcutsProvider";
import { AssessmentInputs } from "./AssessmentInputs";
import { useReportCommand } from "./ReportConflictProvider";
import { intentOf } from "./reportConflictRows";

type AssessmentValues = Partial<
  Pick<
    Report,
    "risk" | "riskRationale" | "category" | "insiderType" | "handling"
  >
> & {
  thrive?: Partial<Record<string, string | null>> | null;
};

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** The assessment as the API wants it: empty text as null, THRIVE without empty parts. */
function assessmentFrom(values: AssessmentValues): Partial<Report> {
  const thrive: Thrive = {};
  for (const part of thriveParts) {
    const value = text(values.thrive?.[part]);
    if (value) thrive[part] = value;
  }
  const category = values.category;
  return {
    risk: values.risk || null,
    thrive: Object.keys(thrive).length > 0 ? thrive : null,
    riskRationale: text(values.riskRationale),
    category,
    insiderType:
      category === "insider_threat" ? values.insiderType || null : null,
    handling: values.handling,
  };
}

function changesFrom(
  candidate: Partial<Report>,
  base: Report,
): Partial<Report> {
  return Object.fromEntries(
    Object.entries(candidate).filter(
      ([key, value]) =>
        JSON.stringify(value ?? null) !==
        JSON.stringify(base[key as keyof Report] ?? null),
    ),
  ) as Partial<Report>;
}

function DirtyTracker({ onChange }: { onChange: (dirty: boolean) => void }) {
  const dirty = useFormIsDirty();
  useEffect(() => onChange(dirty), [dirty, onChange]);
  return null;
}

export function ReportAssessmentForm() {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const runCommand = useReportCommand();
  const riskRef = useRef<HTMLDivElement>(null);
  const { isFetching } = useShowContext<Report>();
  const [base, setBase] = useState(record);
  const [dirty, setDirty] = useState(false);
  // A report opened from the queue first shows the queue's copy while the fresh one loads; an
  // edit started in that moment belongs on the fresh copy, not on the possibly older one.
  const [fresh, setFresh] = useState(false);
  if (!fresh && !isFetching) setFresh(true);
  // Remounting the form (a new key) discards the officer's edits: only after a save or when they
  // take a colleague's version.
  const [formKey, setFormKey] = useState(0);
  if (record && record.version !== base?.version && (!dirty || !fresh)) {
    setBase(record);
  }

  useKeyboardShortcut(["r"], () => {
    riskRef.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
  });

  if (!base) return null;

  const restart = (report: Report) => {
    setDirty(false);
    setBase(report);
    setFormKey((key) => key + 1);
  };

  async function save(values: AssessmentValues) {
    if (!base) return;
    const changes = changesFrom(assessmentFrom(values), base);
    if (Object.keys(changes).length === 0) {
      notify("triage.assessment.unchanged", { type: "info" });
      return;
    }
    try {
      await runCommand(base, {
        intent: intentOf(changes),
        command: async (latest) =>
          (
            await dataProvider.update<Report>("reports", {
              id: latest.id,
              data: { ...latest, ...changes },
              previousData: latest,
            })
          ).data,
        onSaved: (saved) => {
          restart(saved);
          notify("triage.assessment.saved", { type: "success" });
        },
        onDiscarded: restart,
      });
    } catch (error) {
      const errors = fieldErrors(error);
      if (errors) return errors;
      notify(problemMessage(error), { type: "error" });
    }
  }

  return (
    <Form
      key={formKey}
      record={base}
      // A newer version that arrives while the officer edits fills only the fields they have
      // not touched (see `fresh` above).
      resetOptions={{ keepDirtyValues: true }}
      onSubmit={(values: Record<string, unknown>) =>
        save(values as AssessmentValues)
      }
    >
      <DirtyTracker onChange={setDirty} />
      <Stack spacing={1}>
        <AssessmentInputs riskRef={riskRef} />
        <div>
          <Button type="submit" variant="contained">
            {translate("triage.assessment.save")}
          </Button>
        </div>
      </Stack>
    </Form>
  );
}
