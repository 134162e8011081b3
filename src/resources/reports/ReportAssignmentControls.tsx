// "Assign to me" (or `a`) and "Assign to…" another desk officer, each a command with If-Match.
import { useState, type MouseEvent } from "react";
import {
  Button,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Menu, MenuItem, Stack } from "@mui/material";
import PersonAddIcon from "@mui/icons-material/PersonAddOutlined";
import GroupIcon from "@mui/icons-material/GroupOutlined";
import { problemMessage } from "../../common/problems";
import type { Report, UserSummary } from "../../domain";
import { useKeyboardShortcut } from "../../keyboard/KeyboardShortcutsProvider";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { useReportCommand } from "./ReportConflictProvider";
import { useDeskOfficers } from "./useDeskOfficers";

export function ReportAssignmentControls() {
  const record = useRecordContext<Report>();
  const translate = useTranslate();
  const notify = useNotify();
  const api = usePortSafeApi();
  const runCommand = useReportCommand();
  const { data: identity } = useGetIdentity();
  const { officers } = useDeskOfficers();
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const [isPending, setPending] = useState(false);
  const mine = record?.assigneeId != null && record.assigneeId === identity?.id;

  async function assign(
    officer: Pick<UserSummary, "id" | "displayName"> | null,
  ) {
    if (!record) return;
    setMenuAnchor(null);
    setPending(true);
    try {
      const saved = await runCommand(record, {
        intent: { assigneeId: officer?.id ?? null },
        command: (base) => api.assignReport(base, officer?.id ?? null),
      });
      if (saved) {
        notify(officer ? "triage.panel.assigned" : "triage.panel.unassigned", {
          type: "success",
          messageArgs: { name: officer?.displayName },
        });
      }
    } catch (error) {
      notify(problemMessage(error), { type: "error" });
    } finally {
      setPending(false);
    }
  }

  const assignToMe = () => {
    if (!identity || mine || isPending) return false;
    void assign({
      id: String(identity.id),
      displayName: identity.fullName ?? "",
    });
  };
  useKeyboardShortcut(["a"], assignToMe, Boolean(record && identity));

  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }}>
      <Button
        label="triage.panel.assignToMe"
        onClick={assignToMe}
        disabled={mine || isPending}
        variant="outlined"
        aria-keyshortcuts="a"
      >
        <PersonAddIcon />
      </Button>
      <Button
        label="triage.panel.assignTo"
        onClick={(event: MouseEvent<HTMLButtonElement>) =>
          setMenuAnchor(event.currentTarget)
        }
        disabled={isPending}
        aria-haspopup="menu"
        aria-expanded={menuAnchor !== null}
      >
        <GroupIcon />
      </Button>
      <Menu
        anchorEl={menuAnchor}
        open={menuAnchor !== null}
        onClose={() => setMenuAnchor(null)}
      >
        {officers.map((officer) => (
          <MenuItem
            key={officer.id}
            selected={officer.id === record.assigneeId}
            onClick={() => void assign(officer)}
          >
            {officer.displayName}
          </MenuItem>
        ))}
        {record.assigneeId !== null && (
          <MenuItem onClick={() => void assign(null)}>
            {translate("triage.panel.unassign")}
          </MenuItem>
        )}
      </Menu>
    </Stack>
  );
}
