import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LoadedPlan, PlanFile } from "../load/load-plan.js";
import type { Doc, PlanSources } from "./plan-sources.js";
import { RULES } from "./rules/index.js";
import { checkSchema } from "./schema-check.js";

export interface ValidateResult {
  /** The typed plan, when every file passed its schema; null otherwise. */
  sources: PlanSources | null;
  diagnostics: Diagnostic[];
}

/**
 * Checks every parsed file against its schema, then, when all of them pass, runs the
 * cross-reference rules. Rules need whole, typed input: on a plan with schema errors they
 * would report echoes of those errors rather than problems of their own.
 */
export function validatePlan(
  plan: LoadedPlan,
  loadDiagnostics: readonly Diagnostic[] = [],
): ValidateResult {
  const diagnostics: Diagnostic[] = [...loadDiagnostics];
  const broken = new Set(loadDiagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  let whole = !loadDiagnostics.some(
    (d) => d.severity === "error" && d.code.startsWith("load/missing"),
  );
  for (const f of plan.files) {
    if (broken.has(f.source.path) || f.source.data === undefined) {
      whole = false;
      continue;
    }
    const found = checkSchema(f.kind, f.source);
    if (found.length) whole = false;
    diagnostics.push(...found);
  }
  if (!whole) return { sources: null, diagnostics };
  const sources = assemble(plan);
  for (const rule of RULES) diagnostics.push(...rule.check(sources));
  return { sources, diagnostics };
}

function assemble(plan: LoadedPlan): PlanSources {
  const docs = (kind: PlanFile["kind"]) =>
    plan.files
      .filter((f) => f.kind === kind)
      .map((f) => ({ source: f.source, data: f.source.data }) as Doc<never>);
  const one = (kind: PlanFile["kind"]) => {
    const found = docs(kind)[0];
    if (!found) throw new Error(`assemble: no ${kind} file although loading reported none missing`);
    return found;
  };
  return {
    root: plan.root,
    manifest: one("manifest"),
    agencies: one("agencies"),
    rpjpd: one("rpjpd"),
    chapters: docs("chapter"),
    dimensions: docs("dimension"),
    programs: docs("program"),
  };
}
