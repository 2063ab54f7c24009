import { loadPlanAtRevision } from "../load/git-plan.js";
import { loadPlan, type LoadResult } from "../load/load-plan.js";
import type { PartialSources } from "../validate/plan-sources.js";
import { validatePlan } from "../validate/validate-plan.js";
import { diffPlans, type PlanDiff } from "./plan-diff.js";

/** One side of a comparison: a plan folder as it is, or the plan folder at a git revision. */
export type Side = { folder: string; label: string } | { revision: string; label: string };

/** A side's files that passed their schema; `planDir` locates a revision's plan in its repo. */
export async function loadSide(planDir: string, side: Side): Promise<PartialSources> {
  const loaded: LoadResult =
    "folder" in side
      ? await loadPlan(side.folder)
      : await loadPlanAtRevision(planDir, side.revision);
  return validatePlan(loaded.plan, loaded.diagnostics).partial;
}

/** `masterplan diff` as data: the semantic changes from `base` to `head`. */
export async function comparePlans(planDir: string, base: Side, head: Side): Promise<PlanDiff> {
  const [before, after] = await Promise.all([loadSide(planDir, base), loadSide(planDir, head)]);
  return diffPlans(before, after, { base: base.label, head: head.label });
}
