// Sign in, sign out, who am I. The mock keeps the session as a flag in the mock db instead of a
// cookie; the answers (and the one message for a wrong username or password) match the server.
import { http, HttpResponse, type HttpHandler } from "msw";
import {
  CurrentUserSchema,
  LoginRequestSchema,
  makeProblem,
} from "../../src/domain";
import { demoPassword } from "../demoDataset";
import type { MockDb } from "../mockDb";
import { contractResponse } from "./contractResponse";
import { readJsonBody } from "./jsonBody";
import { problemResponse, signInRequired, validationProblem } from "./problems";

export function authHandlers(db: MockDb): HttpHandler[] {
  return [
    http.post("*/api/auth/login", async ({ request }) => {
      const body = await readJsonBody(request);
      if (!body.ok) return body.response;
      const parsed = LoginRequestSchema.safeParse(body.value);
      if (!parsed.success)
        return problemResponse(validationProblem("body", parsed.error));
      const username = parsed.data.username.toLowerCase();
      const user = db.users.find((u) => u.username === username);
      // One message whether or not the username exists, so it cannot be used to find accounts.
      if (!user || parsed.data.password !== demoPassword) {
        return problemResponse(
          makeProblem(
            401,
            "unauthenticated",
            "The username or password is not right. Check them and try again.",
          ),
        );
      }
      return contractResponse(CurrentUserSchema, db.signInAs(user.username));
    }),

    http.post("*/api/auth/logout", () => {
      db.signOut();
      return new HttpResponse(null, { status: 204 });
    }),

    http.get("*/api/auth/me", () =>
      db.currentUser
        ? contractResponse(CurrentUserSchema, db.currentUser)
        : problemResponse(signInRequired()),
    ),
  ];
}
