// A desk officer works an open report: assesses the risk with THRIVE, and moves the report
// through the workflow with the reasons the state machine asks for.
import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { closureReasonLabels, riskLabels } from "../../src/domain";
import { fillIn, recordCommands } from "./apiRequests";
import { renderApp } from "./renderApp";
import { reportById, reportInTriage } from "./reportFixtures";

async function choose(user: UserEvent, combobox: HTMLElement, option: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name: option }));
}

async function openReport(id: string) {
  const rendered = renderApp(`/reports/${id}/show`, { as: "desk" });
  await screen.findByRole("button", { name: "Save assessment" });
  return rendered;
}

describe("the triage panel", () => {
  it("a desk officer assesses the risk as immediate with a THRIVE rationale; only what changed is sent, with If-Match", async () => {
    const report = await reportInTriage();
    const commands = recordCommands();
    const { user } = await openReport(report.id);

    await choose(
      user,
      screen.getByRole("combobox", { name: "Risk level" }),
      riskLabels.immediate,
    );
    await fillIn(
      user,
      screen.getByRole("textbox", { name: "Threat" }),
      "Named crew member moving packages off the vessel",
    );
    await user.click(screen.getByRole("button", { name: "Save assessment" }));

    expect(await screen.findByText("Assessment saved")).toBeInTheDocument();
    expect(commands).toEqual([
      {
        method: "PATCH",
        path: `/api/reports/${report.id}`,
        ifMatch: `"${report.version}"`,
        body: {
          risk: "immediate",
          thrive: {
            threat: "Named crew member moving packages off the vessel",
          },
        },
      },
    ]);
    const saved = await reportById(report.id);
    expect(saved?.risk).toBe("immediate");
    expect(saved?.version).toBe(report.version + 1);
  });

  it("only the moves the state machine allows are offered", async () => {
    const report = await reportInTriage();
    await openReport(report.id);

    for (const action of ["Mark actioned", "Put on hold", "Close"])
      expect(screen.getByRole("button", { name: action })).toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: "Start triage" }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: "Reopen" }),
    ).not.toBeInTheDocument();
  });

  it("putting a report on hold asks for the reason and records it", async () => {
    const report = await reportInTriage();
    const commands = recordCommands();
    const { user } = await openReport(report.id);

    await user.click(screen.getByRole("button", { name: "Put on hold" }));
    const dialog = await screen.findByRole("dialog", {
      name: `Put on hold: ${report.reference}`,
    });
    await user.click(
      within(dialog).getByRole("button", { name: "Put on hold" }),
    );
    expect(await within(dialog).findByText("Required")).toBeInTheDocument();
    expect(commands).toEqual([]);

    await fillIn(
      user,
      within(dialog).getByRole("textbox", { name: /Reason/ }),
      "Awaiting Crimestoppers follow-up with the reporter",
    );
    await user.click(
      within(dialog).getByRole("button", { name: "Put on hold" }),
    );

    await waitFor(() =>
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument(),
    );
    expect(commands).toEqual([
      {
        method: "POST",
        path: `/api/reports/${report.id}/transitions`,
        ifMatch: `"${report.version}"`,
        body: {
          to: "on_hold",
          reason: "Awaiting Crimestoppers follow-up with the reporter",
        },
      },
    ]);
    expect((await reportById(report.id))?.status).toBe("on_hold");
    expect(
      await screen.findByRole("button", { name: "Resume triage" }),
    ).toBeInTheDocument();
  });

  it("closing needs a closure reason as well as a reason", async () => {
    const report = await reportInTriage();
    const commands = recordCommands();
    const { user } = await openReport(report.id);

    await user.click(screen.getByRole("button", { name: "Close" }));
    const dialog = await screen.findByRole("dialog", {
      name: `Close: ${report.reference}`,
    });
    await fillIn(
      user,
      within(dialog).getByRole("textbox", { name: /Reason/ }),
      "Same matter as the report from the day before",
    );
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(await within(dialog).findByText("Required")).toBeInTheDocument();
    expect(commands).toEqual([]);

    await choose(
      user,
      within(dialog).getByRole("combobox", { name: /Closure reason/ }),
      closureReasonLabels.intelligence_retained,
    );
    await user.click(within(dialog).getByRole("button", { name: "Close" }));

    await waitFor(() => expect(commands).toHaveLength(1));
    expect(commands[0]).toEqual({
      method: "POST",
      path: `/api/reports/${report.id}/transitions`,
      ifMatch: `"${report.version}"`,
      body: {
        to: "closed",
        reason: "Same matter as the report from the day before",
        closureReason: "intelligence_retained",
      },
    });
    await waitFor(async () =>
      expect((await reportById(report.id)).status).toBe("closed"),
    );
    expect(
      await screen.findByRole("button", { name: "Reopen" }),
    ).toBeInTheDocument();
  });
});
