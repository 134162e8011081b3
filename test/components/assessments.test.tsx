// A manager records a PSeMS assessment from a member's page: an independent review is refused
// until the reviewer's conflict-of-interest declaration is made, with the server's reason at the
// declaration; once made, it is saved with its maturity scores and the member's review moves on.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AssessmentSchema, type Assessment } from "../../src/domain";
import { recordCommands } from "./apiRequests";
import {
  assessmentById,
  listAssessments,
  listMembers,
  memberById,
} from "./managerFixtures";
import { jsonAs } from "./realApi";
import { renderApp } from "./renderApp";

/** This member's assessments reviewed by Priya Shah, as the API lists them. */
async function priyasReviews(memberId: string): Promise<Assessment[]> {
  const assessments = await listAssessments(`memberId=${memberId}&perPage=100`);
  return assessments.filter((a) => a.reviewerName?.startsWith("Priya"));
}

async function choose(
  user: ReturnType<typeof renderApp>["user"],
  label: string,
  option: string,
) {
  await user.click(screen.getByRole("combobox", { name: label }));
  await user.click(await screen.findByRole("option", { name: option }));
}

describe("recording an assessment", () => {
  it("refuses an independent review without the declaration, then saves it once declared", async () => {
    const [member] = (
      await listMembers("assessmentState=overdue&status=active&perPage=1")
    ).data;
    if (!member) throw new Error("no active member is overdue for review");
    const commands = recordCommands();
    const { user } = renderApp(`/members/${member.id}/show`, {
      as: "manager",
    });

    await user.click(
      await screen.findByRole("link", { name: "Record assessment" }),
    );
    await screen.findByRole("combobox", { name: "Kind" });
    await choose(user, "Kind", "Independent review");
    expect(
      screen.getByText(
        /cannot be saved unless an independent reviewer is named/,
      ),
    ).toBeInTheDocument();
    await choose(user, "Step", "3 — Independent review");
    await choose(user, "Status", "Completed");
    await user.type(
      screen.getByLabelText("Started", { selector: "input" }),
      "2026-10-01",
    );
    await user.type(
      screen.getByLabelText("Completed", { selector: "input" }),
      "2026-11-18",
    );
    await user.type(
      screen.getByRole("textbox", { name: "Reviewer" }),
      "Priya Shah, INTERPORTPOLICE",
    );
    await choose(user, "Governance and accountable manager", "3 — Established");
    await choose(user, "Operating procedures", "1 — Initial");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const declaration = screen.getByRole("checkbox", {
      name: "The reviewer has declared any conflict of interest",
    });
    await waitFor(() =>
      expect(declaration).toHaveAccessibleDescription(
        /the reviewer must declare any conflict of interest/,
      ),
    );
    expect(await priyasReviews(member.id)).toHaveLength(0);
    expect(commands.map((c) => [c.method, c.path])).toEqual([
      ["POST", "/api/assessments"],
    ]);
    expect(commands[0]?.body).toMatchObject({
      memberId: member.id,
      kind: "independent_review",
      step: 3,
      conflictOfInterestDeclared: false,
      scores: { governance: 3, procedures: 1 },
    });

    await user.click(declaration);
    await user.click(screen.getByRole("button", { name: "Save" }));

    const scores = await screen.findByRole("table", {
      name: "Maturity by PSeMS element",
    });
    expect(
      within(scores).getByRole("row", {
        name: /Governance and accountable manager/,
      }),
    ).toHaveTextContent("3 — Established");
    expect(
      within(scores).getByRole("row", { name: /^Legal/ }),
    ).toHaveTextContent("Not scored");
    const saved = await priyasReviews(member.id);
    expect(saved).toEqual([
      expect.objectContaining({
        kind: "independent_review",
        step: 3,
        status: "completed",
        conflictOfInterestDeclared: true,
        scores: expect.objectContaining({ governance: 3, procedures: 1 }),
      }),
    ]);
    expect((await memberById(member.id)).assessmentState).toBe("current");
  });

  it("a colleague's save in between opens the conflict dialog, and re-applying keeps both changes", async () => {
    const [assessment] = await listAssessments(
      "status=in_progress&kind=self_gap_analysis&perPage=1",
    );
    if (!assessment) throw new Error("no self-help GAP analysis in progress");
    const { user } = renderApp(`/assessments/${assessment.id}`, {
      as: "manager",
    });
    const manager = await screen.findByRole("textbox", {
      name: "Accountable manager",
    });
    // Another manager saves first.
    AssessmentSchema.parse(
      await jsonAs("manager", {
        method: "PATCH",
        url: `/api/assessments/${assessment.id}`,
        headers: { "if-match": `"${assessment.version}"` },
        payload: { reviewerName: "Tom Wells" },
      }),
    );
    await user.clear(manager);
    await user.type(manager, "Jo Bloggs, Chief Executive");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const dialog = await screen.findByRole("dialog", {
      name: /was changed by someone else/,
    });
    expect(
      within(dialog).getByRole("row", { name: /Reviewer/ }),
    ).toHaveTextContent("Tom Wells");
    await user.click(within(dialog).getByRole("button", { name: /apply/i }));

    await waitFor(async () =>
      expect(await assessmentById(assessment.id)).toMatchObject({
        reviewerName: "Tom Wells",
        accountableManager: "Jo Bloggs, Chief Executive",
        version: assessment.version + 2,
      }),
    );
  });
});
