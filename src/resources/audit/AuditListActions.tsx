// The audit log's toolbar: export the filtered rows as CSV, and check the hash chain.
import { useState } from "react";
import {
  Button,
  TopToolbar,
  useListContext,
  useNotify,
  useTranslate,
} from "react-admin";
import { Alert } from "@mui/material";
import DownloadIcon from "@mui/icons-material/DownloadOutlined";
import VerifiedIcon from "@mui/icons-material/VerifiedUserOutlined";
import { problemMessage } from "../../common/problems";
import type { AuditVerification } from "../../providers/adminMethods";
import { listQuery } from "../../providers/resourceQueries";
import { usePortSafeApi } from "../../providers/usePortSafeApi";

/** Hands a Blob to the browser as a download, then lets the memory go. */
function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

function ExportCsvButton() {
  const api = usePortSafeApi();
  const notify = useNotify();
  const { filterValues } = useListContext();
  const [busy, setBusy] = useState(false);

  async function exportCsv() {
    setBusy(true);
    try {
      // The same filters as the list on screen; the export has no pages.
      const blob = await api.exportAuditCsv(
        listQuery("audit", { filter: filterValues }),
      );
      saveFile(blob, "portsafe-audit.csv");
      notify("security.audit.exported", { type: "info" });
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button
      label="security.audit.exportCsv"
      onClick={() => void exportCsv()}
      disabled={busy}
    >
      <DownloadIcon />
    </Button>
  );
}

function VerificationResult({ result }: { result: AuditVerification }) {
  const translate = useTranslate();
  return result.ok ? (
    <Alert severity="success" role="status">
      {translate("security.audit.intact", { smart_count: result.checked })}
    </Alert>
  ) : (
    <Alert severity="error" role="alert">
      {translate("security.audit.tampered", {
        id: result.badId ?? "?",
        problem: result.problem ?? "",
      })}
    </Alert>
  );
}

export function AuditListActions() {
  const api = usePortSafeApi();
  const notify = useNotify();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);

  async function verifyChain() {
    setChecking(true);
    setResult(null);
    try {
      setResult(await api.verifyAuditChain());
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    } finally {
      setChecking(false);
    }
  }

  return (
    <TopToolbar sx={{ flexWrap: "wrap", alignItems: "center" }}>
      {result && <VerificationResult result={result} />}
      <Button
        label={checking ? "security.audit.verifying" : "security.audit.verify"}
        onClick={() => void verifyChain()}
        disabled={checking}
      >
        <VerifiedIcon />
      </Button>
      <ExportCsvButton />
    </TopToolbar>
  );
}
