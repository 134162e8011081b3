// react-admin's Layout (skip link, <main> landmark, sidebar) with our app bar and menu, inside
// the app-wide live event stream and keyboard shortcuts, with the idle-session warning.
import type { ReactNode } from "react";
import { Layout as RaLayout } from "react-admin";
import { IdleSessionGuard } from "../auth/IdleSessionGuard";
import { KeyboardShortcutsProvider } from "../keyboard/KeyboardShortcutsProvider";
import { LiveEventsProvider } from "../live/LiveEventsProvider";
import { AppBar } from "./AppBar";
import { ClaimNextShortcut } from "./ClaimNextShortcut";
import { Menu } from "./Menu";

export function Layout({ children }: { children: ReactNode }) {
  return (
    <LiveEventsProvider>
      <KeyboardShortcutsProvider>
        <RaLayout appBar={AppBar} menu={Menu}>
          <ClaimNextShortcut />
          <IdleSessionGuard />
          {children}
        </RaLayout>
      </KeyboardShortcutsProvider>
    </LiveEventsProvider>
  );
}
