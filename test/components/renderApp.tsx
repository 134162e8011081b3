// Renders the real app (the same providers, layout and resources as in the browser) at a route,
// as bulletproof-react's renderApp does; tests then drive it through what the user sees.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/App";
import { signInBeforeFirstRequest } from "./realApi";

export interface RenderAppOptions {
  /** Sign in as this demo user (desk, analyst, manager, admin) before the app starts. */
  as?: string;
}

export function renderApp(route = "/", { as }: RenderAppOptions = {}) {
  if (as) signInBeforeFirstRequest(as);
  // <Admin> routes on the URL's hash (react-admin's default HashRouter).
  window.history.pushState({}, "", `/#${route}`);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

/** The body rows of the data table on the page, once it has loaded. */
export async function findDataRows(): Promise<HTMLElement[]> {
  const table = await screen.findByRole("table");
  const [, body] = within(table).getAllByRole("rowgroup");
  if (!body) throw new Error("the table has no body");
  return within(body).getAllByRole("row");
}
