// The whole app on one screen: providers, layout, themes and one <Resource> per API resource.
import { useState } from "react";
import { Admin, Resource, memoryStore } from "react-admin";
import { Layout } from "./layout/Layout";
import { LoginPage } from "./layout/LoginPage";
import { createAuthProvider } from "./providers/authProvider";
import { dataProvider } from "./providers/dataProvider";
import { i18nProvider } from "./providers/i18nProvider";
import assessments from "./resources/assessments";
import members from "./resources/members";
import ports from "./resources/ports";
import reports from "./resources/reports";
import { darkTheme, lightTheme } from "./themes/portsafeThemes";

export function App() {
  // Per mounted app: the signed-in user is cached in memory only, and react-admin's store (list
  // filters, sort, sidebar) lives in memory too, never in localStorage (DESIGN.md §7).
  const [authProvider] = useState(createAuthProvider);
  const [store] = useState(() => memoryStore());
  return (
    <Admin
      title="PortSafe Desk"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
      loginPage={LoginPage}
      layout={Layout}
      theme={lightTheme}
      darkTheme={darkTheme}
      requireAuth
      disableTelemetry
    >
      <Resource name="reports" {...reports} />
      <Resource name="members" {...members} />
      <Resource name="assessments" {...assessments} />
      <Resource name="ports" {...ports} />
      {/* Not in the menu: only looked up for assignee names. */}
      <Resource name="users" recordRepresentation="displayName" />
    </Admin>
  );
}
