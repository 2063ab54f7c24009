import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diffPlans, type PlanDiff } from "../diff/plan-diff.js";
import { prepare, READ, type PrepareOptions } from "./prepare.js";

/** One side of a comparison: a plan folder as it is, or the plan folder at a git revision. */
export type Side = { folder: string; label: string } | { revision: string; label: string };

export interface Comparison {
  /** Null when a file of either side could not be read: a comparison without it would lie. */
  diff: PlanDiff | null;
  /** What left files out of either side (an unreadable file, a link, a submodule). */
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
}

/**
 * `masterplan diff` as data: each side prepared and modelled (its programs resolved), then the
 * models compared; `planDir` locates revisions. Cross-reference problems do not keep a side
 * from being compared; a file that does not load or pass its schema does.
 */
export async function comparePlans(planDir: string, base: Side, head: Side): Promise<Comparison> {
  const model: PrepareOptions["model"] = { documents: [], evenWithErrors: true };
  const side = (s: Side) =>
    "folder" in s
      ? prepare(s.folder, { model })
      : prepare(planDir, { revision: s.revision, model });
  const [before, after] = await Promise.all([side(base), side(head)]);
  const diagnostics = [...before.diagnostics, ...after.diagnostics].filter((d) =>
    READ.test(d.code),
  );
  const texts = new Map([...before.texts, ...after.texts]);
  const unreadable = diagnostics.some((d) => d.severity === "error");
  if (unreadable || !before.model || !after.model || !after.locale)
    return { diff: null, diagnostics, texts };
  return {
    diff: diffPlans(
      { model: before.model, sources: before.partial },
      { model: after.model, sources: after.partial },
      { base: base.label, head: head.label },
      after.locale,
    ),
    diagnostics,
    texts,
  };
}
