// Import members from a CSV file. The server checks every row with the create form's rules and
// imports all rows or none; a rejected file comes back with one problem per failing cell, shown
// here as a table so the manager can fix the file and import it again.
import { useId, useState, type ChangeEvent } from "react";
import { Button, useNotify, useRefresh, useTranslate } from "react-admin";
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  Typography,
} from "@mui/material";
import UploadFileOutlined from "@mui/icons-material/UploadFileOutlined";
import { fieldErrors, problemMessage } from "../../common/problems";
import { memberCsvRequiredColumns } from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { MemberImportErrors, type ImportProblem } from "./MemberImportErrors";

interface Rejection {
  detail: string;
  problems: ImportProblem[];
}

function rejectionOf(error: unknown): Rejection {
  const errors = fieldErrors(error) ?? {};
  const problems = Object.entries(errors)
    .filter(([field]) => field !== "root")
    .map(([field, message]) => ({ field, message: String(message) }));
  return { detail: problemMessage(error), problems };
}

function ImportDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const api = usePortSafeApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [isPending, setPending] = useState(false);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setRejection(null);
  };

  const importFile = async () => {
    if (!file) return;
    setPending(true);
    try {
      const { imported } = await api.importMembers(await file.text());
      notify("manager.csv.imported", {
        type: "success",
        messageArgs: { smart_count: imported },
      });
      refresh();
      onClose();
    } catch (error) {
      setRejection(rejectionOf(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={`${inputId}-title`}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={`${inputId}-title`}>
        {translate("manager.csv.importTitle")}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            {translate("manager.csv.importHelp", {
              columns: memberCsvRequiredColumns.join(", "),
            })}
          </DialogContentText>
          <div>
            <Typography component="label" htmlFor={inputId} variant="body2">
              {translate("manager.csv.file")}
            </Typography>{" "}
            <input
              id={inputId}
              type="file"
              accept=".csv,text/csv"
              onChange={choose}
            />
          </div>
          {rejection && (
            <>
              <Alert severity="error" role="alert">
                <strong>{translate("manager.csv.nothingImported")}</strong>{" "}
                {rejection.detail}
              </Alert>
              <MemberImportErrors problems={rejection.problems} />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate("ra.action.cancel")}</MuiButton>
        <MuiButton
          variant="contained"
          onClick={() => void importFile()}
          disabled={!file || isPending}
        >
          {translate("manager.csv.importAction")}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}

export function MemberImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="manager.csv.import" onClick={() => setOpen(true)}>
        <UploadFileOutlined />
      </Button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
