// If-Match on every change (server/routes/ifMatch.ts): nothing is overwritten silently.
import { makeProblem, parseIfMatch } from "../../src/domain";
import { ProblemError } from "./problems";

/** The version the client read; 428 when If-Match is absent, 400 when it is malformed. */
export function requireIfMatch(request: Request): number {
  const header = request.headers.get("If-Match");
  if (header === null || header.trim() === "") {
    throw new ProblemError(
      makeProblem(
        428,
        "precondition_required",
        'Send an If-Match header with the version you read (for example If-Match: "3") so that no one else\'s change is overwritten.',
      ),
    );
  }
  const version = parseIfMatch(header);
  if (version === null) {
    throw new ProblemError(
      makeProblem(
        400,
        "validation",
        'If-Match must be the ETag you received, a version number in double quotes such as "3".',
        { errors: [{ field: "If-Match", message: 'use the form "3"' }] },
      ),
    );
  }
  return version;
}
