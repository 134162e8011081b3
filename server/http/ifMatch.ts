import { parseIfMatch } from "../../src/domain";
import { problem } from "./problems";

/** The version the client read, from `If-Match: "<version>"`; 428 when absent, 400 when malformed. */
export function requireIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === "") {
    throw problem(
      428,
      "precondition_required",
      'Send an If-Match header with the version you read (for example If-Match: "3") so that no one else\'s change is overwritten.',
    );
  }
  const version = parseIfMatch(header);
  if (version === null) {
    throw problem(
      400,
      "validation",
      'If-Match must be the ETag you received, a version number in double quotes such as "3".',
      {
        errors: [{ field: "If-Match", message: 'use the form "3"' }],
      },
    );
  }
  return version;
}
