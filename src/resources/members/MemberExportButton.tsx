// Downloads the register as CSV from the server's export (audited there), with the list's
// current filters and order, so what is exported is what the manager is looking at.
import { useState } from "react";
import { Button, useListContext, useNotify } from "react-admin";
import DownloadOutlined from "@mui/icons-material/DownloadOutlined";
import { formatIsoDay } from "./memberCsvFile";
import { problemMessage } from "../../common/problems";
import { listQuery } from "../../providers/resourceQueries";
import { usePortSafeApi } from "../../providers/usePortSafeApi";

/** Hands a Blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function MemberExportButton() {
  const { filterValues, sort, total } = useListContext();
  const api = usePortSafeApi();
  const notify = useNotify();
  const [isPending, setPending] = useState(false);
  const exportCsv = async () => {
    setPending(true);
    try {
      const blob = await api.exportMembers(
        listQuery("members", { filter: filterValues, sort }),
      );
      saveBlob(blob, `portsafe-members-${formatIsoDay(new Date())}.csv`);
      notify("manager.csv.exported", {
        type: "info",
        messageArgs: { smart_count: total ?? 0 },
      });
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button
      label="manager.csv.export"
      onClick={() => void exportCsv()}
      disabled={isPending || total === 0}
    >
      <DownloadOutlined />
    </Button>
  );
}
