// Disable an account (its sessions end at once) or re-enable it, after a confirmation that
// says so. Sent as a PATCH of `disabled` with the version the administrator saw.
import { useState } from "react";
import {
  Button,
  Confirm,
  useNotify,
  useRecordContext,
  useUpdate,
} from "react-admin";
import BlockIcon from "@mui/icons-material/BlockOutlined";
import CheckCircleIcon from "@mui/icons-material/CheckCircleOutline";
import type { Account } from "../../domain";
import { problemMessage } from "../../common/problems";

export function AccountEnableButton() {
  const account = useRecordContext<Account>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate<Account>();
  if (!account) return null;
  const disabling = !account.disabled;

  function confirm() {
    if (!account) return;
    void update(
      "accounts",
      { id: account.id, data: { disabled: disabling }, previousData: account },
      {
        mutationMode: "pessimistic",
        onSuccess: () => {
          setOpen(false);
          notify(
            disabling
              ? "security.accounts.disabledDone"
              : "security.accounts.enabledDone",
            { type: "info" },
          );
        },
        onError: (error) => {
          setOpen(false);
          notify(problemMessage(error), { type: "error" });
        },
      },
    );
  }

  return (
    <>
      <Button
        label={
          disabling ? "security.accounts.disable" : "security.accounts.enable"
        }
        color={disabling ? "error" : "primary"}
        onClick={() => setOpen(true)}
      >
        {disabling ? <BlockIcon /> : <CheckCircleIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={
          disabling
            ? "security.accounts.disableTitle"
            : "security.accounts.enableTitle"
        }
        content={
          disabling
            ? "security.accounts.disableContent"
            : "security.accounts.enableContent"
        }
        titleTranslateOptions={{ name: account.displayName }}
        confirm={
          disabling ? "security.accounts.disable" : "security.accounts.enable"
        }
        confirmColor={disabling ? "warning" : "primary"}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
