// The whole app on one screen: providers, layout, themes and one <Resource> per API resource.
import { useState } from "react";
import { Admin, CustomRoutes, Resource, memoryStore } from "react-admin";
import { Route } from "react-router-dom";
import { Layout } from "./layout/Layout";
import { LoginPage } from "./layout/LoginPage";
import { Dashboard } from "./pages/dashboard";
import { MapPage } from "./pages/map";
import { TrendsPage } from "./pages/trends";
import { createAuthProvider } from "./providers/authProvider";
import { dataProvider } from "./providers/dataProvider";
import {
  CoveragePage,
  MemberReviewList,
  PsemsFrameworkPage,
} from "./pages/managerPages";
import { SlaSettingsPage } from "./pages/adminPages";
import { i18nProvider } from "./providers/i18nProvider";
import accounts from "./resources/accounts";
import assessments from "./resources/assessments";
import audit from "./resources/audit";
import members from "./resources/members";
import ports from "./resources/ports";
import referrals from "./resources/referrals";
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
      dashboard={Dashboard}
      layout={Layout}
      theme={lightTheme}
      darkTheme={darkTheme}
      requireAuth
      disableTelemetry
    >
      <Resource name="reports" {...reports} />
      <Resource name="referrals" {...referrals} />
      <Resource name="members" {...members} />
      <Resource name="assessments" {...assessments} />
      <Resource name="ports" {...ports} />
      {/* Not in the menu: only looked up for assignee names. */}
      <Resource name="users" recordRepresentation="displayName" />
      <Resource name="accounts" {...accounts} />
      <Resource name="audit" {...audit} />
      <CustomRoutes>
        <Route path="/settings" element={<SlaSettingsPage />} />
        <Route path="/reviews" element={<MemberReviewList />} />
        <Route path="/coverage" element={<CoveragePage />} />
        <Route path="/psems" element={<PsemsFrameworkPage />} />
        <Route path="/map" element={<MapPage />} />
        <Route path="/trends" element={<TrendsPage />} />
      </CustomRoutes>
    </Admin>
  );
}
