// The database schema (drizzle), one file per concern; this file gathers them for the server and
// for drizzle-kit. Migrations in server/db/migrations are generated from it with
// `npm run db:generate`; both PGlite and PostgreSQL run the same SQL.
export * from "./accountsSchema";
export * from "./reportsSchema";
export * from "./reportActivitySchema";
export * from "./membersSchema";
export * from "./statsRollupSchema";
