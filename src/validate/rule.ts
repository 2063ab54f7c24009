import path from "node:path";
import type { Diagnostic, Location, Severity } from "../diagnostics/diagnostic.js";
import { locate, type PathSegment } from "../load/source-file.js";
import type { Doc, PlanSources } from "./plan-sources.js";

/** A cross-reference rule: runs on a schema-valid plan and returns what it finds. */
export interface Rule {
  id: string;
  check(plan: PlanSources): Diagnostic[];
}

export interface Finding {
  code: string;
  severity?: Severity;
  message: string;
  hint?: string | undefined;
  /** Point at the key rather than the value. */
  key?: boolean;
  related?: Array<Location & { message: string }>;
}

/** A diagnostic located at a data path inside a document. */
export function at(doc: Doc<unknown>, dataPath: readonly PathSegment[], f: Finding): Diagnostic {
  return {
    ...locate(doc.source, dataPath, f.key ?? false),
    code: f.code,
    severity: f.severity ?? "error",
    message: f.message,
    ...(f.hint ? { hint: f.hint } : {}),
    ...(f.related ? { related: f.related } : {}),
  };
}

/** The file name without its extension, which a document's id must equal. */
export function baseName(doc: Doc<unknown>): string {
  return path.basename(doc.source.path, path.extname(doc.source.path));
}
