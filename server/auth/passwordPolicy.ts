// New passwords: long enough, and not common, breached or guessable (NCSC guidance: a deny list,
// no composition rules). zxcvbn-ts carries some 40,000 common and breached passwords plus
// English words, names and keyboard patterns.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/** Guesses below which a password counts as easy to guess (zxcvbn score 3: "safely unguessable"). */
const minimumScore = 3;

/** Null when the password may be used; otherwise what to tell the person. */
export function newPasswordProblem(
  password: string,
  personal: readonly string[] = [],
): string | null {
  const lower = password.toLowerCase();
  if (
    personal.some(
      (word) => word.length >= 3 && lower.includes(word.toLowerCase()),
    )
  ) {
    return "do not use your username or name in your password";
  }
  const result = zxcvbn().check(password, personal.filter(Boolean));
  const wholeWordMatch =
    result.sequence.length === 1 &&
    result.sequence[0]?.pattern === "dictionary";
  if (wholeWordMatch)
    return "this password is on a list of common or breached passwords; choose another (three random words work well)";
  if (result.score < minimumScore)
    return "this password is too easy to guess; make it longer or less predictable (three random words work well)";
  return null;
}
