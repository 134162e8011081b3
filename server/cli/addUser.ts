// `npm run user:add -- --username NAME --role admin [--role desk] [--display-name "Full Name"]`
// Creates an account, prompting for the password (twice, hidden) on a terminal, or reading one
// line from standard input when piped. The server must be stopped when PGlite is in use.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import {
  NewPasswordSchema,
  RoleSchema,
  UsernameSchema,
  type Role,
} from "../../src/domain";
import { recordAudit } from "../audit/auditTrail";
import { newPasswordProblem } from "../auth/passwordPolicy";
import { loadConfig } from "../config";
import { openDatabase } from "../db/connect";
import { databaseOptions } from "../startup";
import { createUser, findUserForLogin } from "../accounts/usersRepository";

function fail(message: string): never {
  console.error(`user:add: ${message}`);
  process.exit(2);
}

/** Reads one line; on a terminal the typed characters are not echoed. */
function readSecret(prompt: string): Promise<string> {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  if (process.stdin.isTTY) {
    const output = rl as unknown as {
      _writeToOutput: (s: string) => void;
      output: NodeJS.WriteStream;
    };
    output._writeToOutput = (s: string) => {
      if (s.includes(prompt)) output.output.write(prompt);
    };
  }
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      if (process.stdin.isTTY) process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      username: { type: "string" },
      role: { type: "string", multiple: true },
      "display-name": { type: "string" },
    },
  });
  const username = UsernameSchema.safeParse(values.username ?? "");
  if (!username.success)
    fail(`--username: ${username.error.issues[0]?.message}`);
  const roles = (values.role ?? []).map((r) => RoleSchema.safeParse(r));
  if (roles.length === 0)
    fail("give at least one --role (desk, analyst, manager or admin)");
  const badRole = roles.find((r) => !r.success);
  if (badRole) fail("--role must be desk, analyst, manager or admin");

  const password = await readSecret("Password: ");
  const checked = NewPasswordSchema.safeParse(password);
  if (!checked.success) fail(`password: ${checked.error.issues[0]?.message}`);
  const weakness = newPasswordProblem(password, [
    username.data,
    values["display-name"] ?? "",
  ]);
  if (weakness) fail(`password: ${weakness}`);
  if (
    process.stdin.isTTY &&
    (await readSecret("Password again: ")) !== password
  )
    fail("the passwords do not match");

  const handle = await openDatabase(databaseOptions(loadConfig()));
  try {
    if (await findUserForLogin(handle.db, username.data))
      fail(`a user called ${username.data} already exists`);
    const user = await createUser(handle.db, {
      username: username.data,
      displayName: values["display-name"] ?? username.data,
      roles: roles.map((r) => r.data as Role),
      password,
    });
    await recordAudit(handle.db, null, {
      action: "user.create",
      entity: "user",
      entityId: user.id,
      actor: null,
      detail: { via: "cli", roles: user.roles },
    });
    console.log(
      `Created ${user.username} with roles ${user.roles.join(", ")}.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
