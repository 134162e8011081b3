// A colleague's display name from their id (users are readable by everyone signed in).
import { useGetOne, useTranslate } from "react-admin";
import type { UserSummary } from "../domain";

export function UserName({ id }: { id: string | null }) {
  const translate = useTranslate();
  const { data } = useGetOne<UserSummary>(
    "users",
    { id: id ?? "" },
    { enabled: id !== null },
  );
  if (id === null) return <>{translate("triage.assignment.nobody")}</>;
  return <>{data?.displayName ?? "…"}</>;
}
