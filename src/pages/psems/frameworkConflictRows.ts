// The PSeMS framework's conflict dialog rows: steps, elements and cycle in words.
import type { ConflictRow } from "../../common/ConflictDialog";
import type { PsemsFramework, PsemsFrameworkUpdate } from "../../domain";

type Parts = Pick<PsemsFramework, "steps" | "elements" | "reviewCycleYears">;

const describe = {
  steps: (f: Parts) => f.steps.map((s) => `${s.number}. ${s.name}`).join("; "),
  elements: (f: Parts) =>
    f.elements.map((e) => `${e.name} (${e.key})`).join("; "),
  reviewCycleYears: (f: Parts) => `${f.reviewCycleYears} years`,
};

export function frameworkConflictRows(
  {
    base,
    theirs,
    mine,
  }: {
    base: PsemsFramework;
    theirs: PsemsFramework;
    mine: PsemsFrameworkUpdate;
  },
  translate: (key: string) => string,
): ConflictRow[] {
  return (Object.keys(describe) as (keyof typeof describe)[]).map((part) => {
    const before = describe[part](base);
    const yours = describe[part](mine);
    return {
      field: part,
      label: translate(`manager.psems.${part}`),
      before,
      yours: yours === before ? null : yours,
      theirs: describe[part](theirs),
    };
  });
}
