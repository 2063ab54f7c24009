import { sourceKey, type Diagnostic } from "../diagnostics/diagnostic.js";
import { loadPlanAtRevision } from "../load/git-plan.js";
import { loadPlan, type LoadResult } from "../load/load-plan.js";
import type { PartialSources } from "../validate/plan-sources.js";
import { validatePlan } from "../validate/validate-plan.js";
import { diffPlans, type PlanDiff } from "./plan-diff.js";

/** One side of a comparison: a plan folder as it is, or the plan folder at a git revision. */
export type Side = { folder: string; label: string } | { revision: string; label: string };

/** A side as the comparison reads it: its files, and what kept any of them out. */
export interface LoadedSide {
  partial: PartialSources;
  /**
   * Problems that leave files out of the comparison (a file that does not load or pass its
   * schema, a link, a submodule): an error among them means no comparison can be trusted.
   */
  diagnostics: Diagnostic[];
  /** Source texts, by `sourceKey`, for code frames. */
  texts: Map<string, string>;
}

/** What decides whether a file is read at all; cross-reference problems do not. */
const READ = /^(?:load|yaml|schema)\//;

/** A side's files that passed their schema; `planDir` locates a revision's plan in its repo. */
export async function loadSide(planDir: string, side: Side): Promise<LoadedSide> {
  const loaded: LoadResult =
    "folder" in side
      ? await loadPlan(side.folder)
      : await loadPlanAtRevision(planDir, side.revision);
  const result = validatePlan(loaded.plan, loaded.diagnostics);
  const revision = "revision" in side ? side.revision : undefined;
  const diagnostics = result.diagnostics
    .filter((d) => READ.test(d.code))
    .map((d) => (revision === undefined ? d : { ...d, revision }));
  const texts = new Map(
    loaded.plan.files.map((f) => [sourceKey({ file: f.source.path, revision }), f.source.text]),
  );
  return { partial: result.partial, diagnostics, texts };
}

export interface Comparison {
  /** Null when a file of either side could not be read: a comparison without it would lie. */
  diff: PlanDiff | null;
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
}

/** `masterplan diff` as data: the semantic changes from `base` to `head`. */
export async function comparePlans(planDir: string, base: Side, head: Side): Promise<Comparison> {
  const [before, after] = await Promise.all([loadSide(planDir, base), loadSide(planDir, head)]);
  const diagnostics = [...before.diagnostics, ...after.diagnostics];
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
