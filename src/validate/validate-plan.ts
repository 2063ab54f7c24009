import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { FileKind, LoadedPlan } from "../load/load-plan.js";
import type { Doc, PartialSources, PlanSources } from "./plan-sources.js";
import { RULES } from "./rules/index.js";
import { emptyTexts, withoutEchoes } from "./empty-text.js";
import { checkSchema } from "./schema-check.js";

export interface ValidateResult {
  /** The typed plan, when every file passed its schema; null otherwise. */
  sources: PlanSources | null;
  /** The files that passed their schema, whatever the others did. */
  partial: PartialSources;
  diagnostics: Diagnostic[];
}

/**
 * Checks every parsed file against its schema, then runs the cross-reference rules over every
 * file that passed, so one run reports every problem. Files that failed are left out, and each
 * rule skips what it cannot judge without them rather than echo their errors.
 */
export function validatePlan(
  plan: LoadedPlan,
  loadDiagnostics: readonly Diagnostic[] = [],
): ValidateResult {
  const diagnostics: Diagnostic[] = [...loadDiagnostics];
  const broken = new Set(loadDiagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const valid: Array<{ kind: FileKind; doc: Doc<never> }> = [];
  const unchecked: PartialSources["unchecked"] = [];
  for (const f of plan.files) {
    const readable = !broken.has(f.source.path) && f.source.data !== undefined;
    const empties = readable ? emptyTexts(f.source) : [];
    const found = readable ? withoutEchoes(checkSchema(f.kind, f.source), empties) : null;
    if (found) diagnostics.push(...found, ...empties);
    if (found === null || found.length > 0) unchecked.push({ kind: f.kind, path: f.source.path });
    else valid.push({ kind: f.kind, doc: { source: f.source, data: f.source.data as never } });
  }
  const docs = (kind: FileKind) => valid.filter((v) => v.kind === kind).map((v) => v.doc);
  const partial: PartialSources = {
    root: plan.root,
    manifest: docs("manifest")[0] ?? null,
    agencies: docs("agencies")[0] ?? null,
    rpjpd: docs("rpjpd")[0] ?? null,
    glossary: docs("glossary")[0] ?? null,
    readiness: docs("readiness")[0] ?? null,
    swot: docs("swot")[0] ?? null,
    chapters: docs("chapter"),
    dimensions: docs("dimension"),
    programs: docs("program"),
    unchecked,
  };
  for (const rule of RULES) diagnostics.push(...rule.check(partial));
  return { sources: complete(partial), partial, diagnostics };
}

function complete(plan: PartialSources): PlanSources | null {
  const { manifest, agencies, rpjpd } = plan;
  if (!manifest || !agencies || !rpjpd || plan.unchecked.length > 0) return null;
  return { ...plan, manifest, agencies, rpjpd, unchecked: [] };
}
