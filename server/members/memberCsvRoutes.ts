// The member register as CSV: import (all rows or none) and export (audited).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import Papa from "papaparse";
import { z } from "zod";
import {
  MemberExportQuerySchema,
  MemberImportRequestSchema,
  MemberImportResultSchema,
  ProblemSchema,
  londonDate,
  memberCsvExportColumns,
  type Member,
} from "../../src/domain";
import { auditedChange, recordAudit } from "../audit/auditTrail";
import type { Database } from "../db/connect";
import { allow } from "../http/access";
import { problem } from "../http/problems";
import { sortChoice } from "./memberRoutes";
import { exportMembers } from "./membersRepository";
import { readMemberCsv } from "./membersCsvImport";
import {
  duplicateMemberProblem,
  insertMembers,
  isUniqueViolation,
  loadMemberRuleContext,
} from "./membersWriteRepository";

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

function memberCsv(rows: Member[]): string {
  const cells = rows.map((member) =>
    memberCsvExportColumns.map((column) => {
      const value = member[column];
      return typeof value === "boolean"
        ? value
          ? "yes"
          : "no"
        : (value ?? "");
    }),
  );
  // escapeFormulae: a cell starting with = + - @ is prefixed so a spreadsheet never runs it.
  // The byte-order mark makes Excel read the file as UTF-8 (Welsh and Gaelic names).
  return (
    "\uFEFF" +
    Papa.unparse(
      { fields: [...memberCsvExportColumns], data: cells },
      { escapeFormulae: true, newline: "\r\n" },
    )
  );
}

export const memberCsvRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (
  app,
  { db },
) => {
  // Only this plugin's routes take text/csv bodies (Fastify scopes the parser to the plugin).
  app.addContentTypeParser(
    "text/csv",
    { parseAs: "string" },
    (_request, body, done) => done(null, body),
  );

  app.post("/api/members/import", {
    config: { access: allow("members", "create") },
    schema: {
      tags: ["members"],
      summary:
        "Import members from CSV: every row is validated and nothing is imported unless all are valid",
      body: MemberImportRequestSchema,
      response: { 200: MemberImportResultSchema, ...problems },
    },
    handler: async (request) => {
      const text =
        typeof request.body === "string" ? request.body : request.body.csv;
      const now = new Date();
      const imported = await auditedChange(
        db,
        request,
        async (tx) => {
          const outcome = readMemberCsv(
            text,
            await loadMemberRuleContext(tx, now),
          );
          if (!outcome.ok) {
            const detail = `Nothing was imported: the CSV has ${outcome.errors.length === 1 ? "a problem" : `${outcome.errors.length} problems`}. Fix ${outcome.errors.length === 1 ? "it" : "them"} and import the whole file again.`;
            throw problem(400, "validation", detail, {
              errors: outcome.errors,
            });
          }
          return insertMembers(tx, outcome.members, now).catch(
            (error: unknown) => {
              throw isUniqueViolation(error) ? duplicateMemberProblem() : error;
            },
          );
        },
        (count) => ({
          action: "member.import",
          entity: "member",
          detail: { imported: count },
        }),
      );
      return { imported };
    },
  });

  app.get("/api/members/export.csv", {
    config: { access: allow("members", "list") },
    schema: {
      tags: ["members"],
      summary: "The member register as CSV, with the list's filters (audited)",
      querystring: MemberExportQuerySchema,
      response: {
        200: z
          .string()
          .describe(
            "text/csv: one row per member, columns as memberCsvExportColumns",
          ),
        ...problems,
      },
    },
    handler: async (request, reply) => {
      const rows = await exportMembers(
        db,
        request.query,
        sortChoice(request, request.query),
      );
      const { sort: _sort, order: _order, ...filters } = request.query;
      await recordAudit(db, request, {
        action: "export",
        entity: "members",
        detail: { rows: rows.length, filters },
      });
      return reply
        .type("text/csv; charset=utf-8")
        .header(
          "Content-Disposition",
          `attachment; filename="portsafe-members-${londonDate(new Date())}.csv"`,
        )
        .send(memberCsv(rows));
    },
  });
};
