// The authProvider with its sign-in and session methods, typed (see providers/authProvider.ts).
import { useAuthProvider } from "react-admin";
import type { PortSafeAuthProvider } from "../providers/authProvider";

export function usePortSafeAuth(): PortSafeAuthProvider {
  const authProvider = useAuthProvider<PortSafeAuthProvider>();
  if (!authProvider)
    throw new Error("PortSafe Desk needs its authProvider in <Admin>");
  return authProvider;
}
