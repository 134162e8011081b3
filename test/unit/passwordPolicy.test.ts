import { describe, expect, it } from "vitest";
import { newPasswordProblem } from "../../server/auth/passwordPolicy";

describe("new passwords", () => {
  it.each(["password1234", "qwertyuiop123", "iloveyou2024!", "Liverpool1234"])(
    "refuses the common or guessable %s",
    (password) => {
      expect(newPasswordProblem(password)).not.toBeNull();
    },
  );

  it("refuses a password built from the person's own name", () => {
    expect(
      newPasswordProblem("river-JaneDoe-kite", ["janedoe", "Jane Doe"]),
    ).toBe("do not use your username or name in your password");
  });

  it("accepts three random words, with no composition rules", () => {
    expect(newPasswordProblem("harbour lantern giraffe")).toBeNull();
    expect(
      newPasswordProblem("correct-horse-battery-staple-tilbury"),
    ).toBeNull();
  });
});
