// An administrator edits the PSeMS framework: a scored element cannot be removed (the server's
// reason is shown), a renamed step is saved and is what the assessment form offers next.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PsemsFrameworkSchema, type PsemsFramework } from "../../src/domain";
import { recordCommands } from "./apiRequests";
import { jsonAs } from "./realApi";
import { renderApp } from "./renderApp";

/** The PSeMS framework the server holds. */
async function storedFramework(): Promise<PsemsFramework> {
  return PsemsFrameworkSchema.parse(
    await jsonAs("manager", { method: "GET", url: "/api/psems/framework" }),
  );
}

describe("the PSeMS framework editor", () => {
  it("refuses to remove an element that assessments have scored, and says why", async () => {
    const before = await storedFramework();
    const commands = recordCommands();
    const { user } = renderApp("/psems", { as: "admin" });
    const keys = await screen.findAllByRole("textbox", { name: "Key" });
    expect(keys.map((k) => (k as HTMLInputElement).value)).toContain(
      "governance",
    );

    const [firstRemove] = screen.getAllByRole("button", { name: "Remove" });
    await user.click(firstRemove!);
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(
      await screen.findAllByText(
        /governance is scored in \d+ assessments and cannot be removed/,
      ),
    ).not.toHaveLength(0);
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({
      method: "PUT",
      path: "/api/psems/framework",
      ifMatch: `"${before.version}"`,
    });
    expect(await storedFramework()).toEqual(before);
  });

  it("saves a renamed step, which the assessment form then offers", async () => {
    const { user } = renderApp("/psems", { as: "admin" });
    const step2 = await screen.findByRole("textbox", { name: "Step 2" });
    await user.clear(step2);
    await user.type(step2, "Action plan");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(
      await screen.findByText("The PSeMS framework was saved."),
    ).toBeInTheDocument();
    expect((await storedFramework()).steps[1]).toMatchObject({
      name: "Action plan",
    });

    await user.click(screen.getByRole("menuitem", { name: "Assessments" }));
    await user.click(await screen.findByRole("link", { name: "Create" }));
    await user.click(await screen.findByRole("combobox", { name: "Step" }));
    const listbox = await screen.findByRole("listbox");
    await waitFor(() =>
      expect(
        within(listbox).getByRole("option", { name: "2 — Action plan" }),
      ).toBeInTheDocument(),
    );
  });

  it("is not offered to a manager", async () => {
    renderApp("/psems", { as: "manager" });
    expect(
      await screen.findByText(
        "Only an administrator can change the PSeMS framework.",
      ),
    ).toBeInTheDocument();
  });
});
