// /api/psems/framework (server/routes/psems.ts): the PSeMS steps, elements and review cycle.
// Everyone signed in reads it; an admin replaces it as a whole with If-Match.
import type { HttpHandler } from "msw";
import type { z } from "zod";
import {
  PsemsFrameworkSchema,
  PsemsFrameworkUpdateSchema,
  defaultPsemsElements,
  defaultPsemsSteps,
  defaultReviewCycleYears,
  etagFor,
  type PsemsFramework,
  type PsemsFrameworkUpdate,
} from "../../src/domain";
import type { MockDb } from "../mockDb";
import { denyUnlessAllowed } from "./access";
import { checkedHandler } from "./checkedRoute";
import { contractResponse } from "./contractResponse";
import { requireIfMatch } from "./ifMatch";
import { refreshReviewStates } from "./memberReview";
import { fail } from "./problems";

interface FrameworkState {
  /** The db's users array when this state was made: reset() replaces it, so a new one means "reset". */
  generation: unknown;
  framework: PsemsFramework;
}

/**
 * The framework lives beside the MockDb rather than in it, so this handler module owns it; it
 * goes back to the defaults whenever the db is reset (tests reset it after every case).
 */
const states = new WeakMap<MockDb, FrameworkState>();

export function psemsFramework(db: MockDb): PsemsFramework {
  const state = states.get(db);
  if (state && state.generation === db.users) return state.framework;
  const framework: PsemsFramework = {
    steps: defaultPsemsSteps.map((step) => ({ ...step })),
    elements: defaultPsemsElements.map((element) => ({ ...element })),
    reviewCycleYears: defaultReviewCycleYears,
    version: 1,
    updatedAt: db.now().toISOString(),
  };
  states.set(db, { generation: db.users, framework });
  return framework;
}

/** Like the server: an element that assessments have scored cannot be removed, only renamed. */
function replaceFramework(
  db: MockDb,
  expectedVersion: number,
  next: PsemsFrameworkUpdate,
): PsemsFramework {
  const current = psemsFramework(db);
  if (current.version !== expectedVersion) {
    fail(
      409,
      "conflict",
      `Someone else changed the PSeMS framework after you opened it (you had version ${expectedVersion}, it is now ${current.version}). Review their change, then apply yours again.`,
      { current },
    );
  }
  const kept = new Set(next.elements.map((element) => element.key));
  const errors = current.elements
    .filter((element) => !kept.has(element.key))
    .map((element) => ({
      key: element.key,
      n: db.assessments.filter((a) => element.key in a.scores).length,
    }))
    .filter(({ n }) => n > 0)
    .map(({ key, n }) => ({
      field: "elements",
      message: `${key} is scored in ${n} assessment${n === 1 ? "" : "s"} and cannot be removed; keep its key (you may rename it)`,
    }));
  if (errors.length > 0)
    fail(400, "validation", errors.map((e) => e.message).join("; "), {
      errors,
    });
  const framework: PsemsFramework = {
    steps: [...next.steps].sort((a, b) => a.number - b.number),
    elements: next.elements.map((element) => ({ ...element })),
    reviewCycleYears: next.reviewCycleYears,
    version: current.version + 1,
    updatedAt: db.now().toISOString(),
  };
  states.set(db, { generation: db.users, framework });
  return framework;
}

function frameworkResponse(framework: PsemsFramework): Response {
  return contractResponse(PsemsFrameworkSchema, framework, {
    headers: { ETag: etagFor(framework.version) },
  });
}

export function psemsHandlers(db: MockDb): HttpHandler[] {
  return [
    checkedHandler(db, {
      method: "get",
      path: "*/api/psems/framework",
      deny: () => denyUnlessAllowed(db, "psems", "show"),
      handle: () => frameworkResponse(psemsFramework(db)),
    }),
    checkedHandler<unknown, PsemsFrameworkUpdate>(db, {
      method: "put",
      path: "*/api/psems/framework",
      deny: () => denyUnlessAllowed(db, "psems", "edit"),
      body: PsemsFrameworkUpdateSchema as z.ZodType<PsemsFrameworkUpdate>,
      handle: ({ body, request }) => {
        const before = psemsFramework(db).reviewCycleYears;
        const saved = replaceFramework(db, requireIfMatch(request), body);
        // The server computes review dates on every read; the mock stores them, so it recomputes.
        if (saved.reviewCycleYears !== before)
          refreshReviewStates(db, saved.reviewCycleYears);
        return frameworkResponse(saved);
      },
    }),
  ];
}
