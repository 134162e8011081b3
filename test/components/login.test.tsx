// Signing in to PortSafe Desk.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ProblemSchema } from "../../src/domain";
import { renderApp } from "./renderApp";

const wrongPassword = { username: "desk", password: "not-the-password" };

/** What the API itself says about these credentials, so the test follows its wording. */
async function serverDetailFor(
  credentials: typeof wrongPassword,
): Promise<string> {
  const response = await fetch(
    new URL("/api/auth/login", window.location.origin),
    {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(credentials),
    },
  );
  expect(response.status).toBe(401);
  return ProblemSchema.parse(await response.json()).detail;
}

describe("the login page", () => {
  it("shows the server's error for a wrong password", async () => {
    const detail = await serverDetailFor(wrongPassword);
    const { user } = renderApp("/");

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "PortSafe Desk — JMSC police desk",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/holds OFFICIAL-SENSITIVE material/),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Username/), wrongPassword.username);
    await user.type(
      screen.getByLabelText(/Password/, { selector: "input" }),
      wrongPassword.password,
    );
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(detail);
    expect(
      screen.queryByRole("menuitem", { name: "Reports" }),
    ).not.toBeInTheDocument();
  });
});
