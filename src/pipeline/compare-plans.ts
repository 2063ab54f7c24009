import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diffPlans, type PlanDiff } from "../diff/plan-diff.js";
import { prepare, READ } from "./prepare.js";

/** One side of a comparison: a plan folder as it is, or the plan folder at a git revision. */
export type Side = { folder: string; label: string } | { revision: string; label: string };

export interface Comparison {
  /** Null when a file of either side could not be read: a comparison without it would lie. */
  diff: PlanDiff | null;
  /** What left files out of either side (an unreadable file, a link, a submodule). */
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
}

/** `masterplan diff` as data: each side prepared, then compared; `planDir` locates revisions. */
export async function comparePlans(planDir: string, base: Side, head: Side): Promise<Comparison> {
  const side = (s: Side) =>
    "folder" in s ? prepare(s.folder) : prepare(planDir, { revision: s.revision });
  const [before, after] = await Promise.all([side(base), side(head)]);
  // Cross-reference problems do not keep a file out of the comparison; these do.
  const diagnostics = [...before.diagnostics, ...after.diagnostics].filter((d) =>
    READ.test(d.code),
  );
  const texts = new Map([...before.texts, ...after.texts]);
  const unreadable = diagnostics.some((d) => d.severity === "error");
  return {
    diff: unreadable
      ? null
      : diffPlans(before.partial, after.partial, { base: base.label, head: head.label }),
    diagnostics,
    texts,
  };
}
