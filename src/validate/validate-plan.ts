import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { FileKind, LoadedPlan } from "../load/load-plan.js";
import type { Doc, PartialSources, PlanSources } from "./plan-sources.js";
import { RULES } from "./rules/index.js";
import { emptyTexts, withoutEchoes } from "./empty-text.js";
import { checkSchema, passingPart, schemaFor } from "./schema-check.js";

export interface ValidateResult {
  /** The typed plan, when every file passed its schema; null otherwise. */
  sources: PlanSources | null;
  /** The files that passed their schema, whatever the others did. */
  partial: PartialSources;
  diagnostics: Diagnostic[];
}

/**
 * Checks every parsed file against its schema, then runs the cross-reference rules over every
 * file that passed, and over the rest of a file whose refused values can be left null, so one
 * run reports every problem. Files that failed otherwise are left out, and each rule skips what
 * it cannot judge without them rather than echo their errors.
 */
export function validatePlan(
  plan: LoadedPlan,
  loadDiagnostics: readonly Diagnostic[] = [],
): ValidateResult {
  const diagnostics: Diagnostic[] = [...loadDiagnostics];
  const broken = new Set(loadDiagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const valid: Array<{ kind: FileKind; doc: Doc<never> }> = [];
  const unchecked: PartialSources["unchecked"] = [];
  const partlyChecked: string[] = [];
  for (const f of plan.files) {
    const readable = !broken.has(f.source.path) && f.source.data !== undefined;
    const empties = readable ? emptyTexts(f.source, schemaFor(f.kind)) : [];
    const found = readable ? withoutEchoes(checkSchema(f.kind, f.source), empties) : null;
    if (found) diagnostics.push(...found, ...empties);
    const part = found?.length ? passingPart(f.kind, f.source) : null;
    if (found && part) {
      partlyChecked.push(f.source.path);
      valid.push({
        kind: f.kind,
        doc: { source: f.source, data: part.data as never, refused: part.refused },
      });
    } else if (found === null || found.length > 0)
      unchecked.push({ kind: f.kind, path: f.source.path });
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
    regulation: docs("regulation")[0] ?? null,
    chapters: docs("chapter"),
    dimensions: docs("dimension"),
    programs: docs("program"),
    unchecked,
    partlyChecked,
  };
  for (const rule of RULES) diagnostics.push(...rule.check(partial));
  return { sources: complete(partial), partial, diagnostics: withoutSchemaEchoes(diagnostics) };
}

function complete(plan: PartialSources): PlanSources | null {
  const { manifest, agencies, rpjpd } = plan;
  if (!manifest || !agencies || !rpjpd || plan.unchecked.length || plan.partlyChecked.length)
    return null;
  return { ...plan, manifest, agencies, rpjpd, unchecked: [], partlyChecked: [] };
}

/** A rule that says better what a schema error at the same place said (a name for an id). */
const RESTATES = new Set(["ref/agency-by-name"]);

function withoutSchemaEchoes(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;
  const restated = new Set(diagnostics.filter((d) => RESTATES.has(d.code)).map(key));
  if (!restated.size) return diagnostics;
  return diagnostics.filter((d) => !d.code.startsWith("schema/") || !restated.has(key(d)));
}
