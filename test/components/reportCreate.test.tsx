// A desk officer enters a report taken by the Crimestoppers hotline by hand.
import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { categoryLabels } from "../../src/domain";
import { fillIn, recordCommands } from "./apiRequests";
import { renderApp } from "./renderApp";
import { listReports, reportByReference } from "./reportFixtures";

async function enterReport(user: UserEvent, externalRef: string) {
  await screen.findByRole("heading", {
    level: 1,
    name: "Enter a hotline report",
  });
  await fillIn(
    user,
    screen.getByRole("textbox", { name: /Crimestoppers reference/ }),
    externalRef,
  );
  await fillIn(user, screen.getByRole("combobox", { name: /Port/ }), "Dover");
  await user.click(await screen.findByRole("option", { name: "Dover" }));
  await user.click(screen.getByRole("combobox", { name: /Category/ }));
  await user.click(
    await screen.findByRole("option", { name: categoryLabels.drugs }),
  );
  await fillIn(
    user,
    screen.getByRole("textbox", { name: /Summary/ }),
    "Caller saw bags moved from a lorry cab at the east dock",
  );
  await fillIn(
    user,
    screen.getByRole("textbox", { name: /Details/ }),
    "The caller works nights at the east dock and saw two bags moved.",
  );
  await user.click(screen.getByRole("button", { name: "Save" }));
}

describe("manual entry of a hotline report", () => {
  it("a new report joins the queue unassessed and opens", async () => {
    const commands = recordCommands();
    const { user } = renderApp("/reports/create", { as: "desk" });

    await enterReport(user, "CS-2026-HOTLINE-1");

    const heading = await screen.findByRole("heading", {
      level: 1,
      name: /^PS-\d{4}-\d{6}$/,
    });
    // What the server stored under the reference the page shows.
    const created = await reportByReference(heading.textContent ?? "");
    expect(created.externalRef).toBe("CS-2026-HOTLINE-1");
    expect(created.status).toBe("new");
    expect(commands[0]?.body).toEqual({
      externalRef: "CS-2026-HOTLINE-1",
      receivedAt: expect.stringMatching(/Z$/),
      channel: "hotline",
      portId: "dover",
      category: "drugs",
      summary: "Caller saw bags moved from a lorry cab at the east dock",
      details:
        "The caller works nights at the east dock and saw two bags moved.",
    });
  });

  it("a Crimestoppers reference already received is refused, with the server's reason next to the field", async () => {
    const [existing] = await listReports("perPage=1");
    if (!existing) throw new Error("the demo database has no report");
    const { user } = renderApp("/reports/create", { as: "desk" });

    await enterReport(user, existing.externalRef);

    const field = screen
      .getByRole("textbox", { name: /Crimestoppers reference/ })
      .closest(".MuiFormControl-root") as HTMLElement;
    expect(
      await within(field).findByText(
        `Crimestoppers reference ${existing.externalRef} was already received as ${existing.reference}`,
      ),
    ).toBeInTheDocument();
  });
});
