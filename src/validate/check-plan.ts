import { loadPlan, type LoadOptions } from "../load/load-plan.js";
import { sortDiagnostics } from "../diagnostics/diagnostic.js";
import { validatePlan, type ValidateResult } from "./validate-plan.js";

export interface CheckResult extends ValidateResult {
  /** Each source file's text by absolute path, for code frames. */
  texts: Map<string, string>;
}

/** Loads and validates a plan folder: the whole of `masterplan validate`, as data. */
export async function checkPlan(dir: string, options: LoadOptions = {}): Promise<CheckResult> {
  const loaded = await loadPlan(dir, options);
  const result = validatePlan(loaded.plan, loaded.diagnostics);
  return {
    sources: result.sources,
    partial: result.partial,
    diagnostics: sortDiagnostics(result.diagnostics),
    texts: new Map(loaded.plan.files.map((f) => [f.source.path, f.source.text])),
  };
}
