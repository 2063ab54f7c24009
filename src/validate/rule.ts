import path from "node:path";
import type { Diagnostic, Location, Severity } from "../diagnostics/diagnostic.js";
import type { FileKind } from "../load/load-plan.js";
import { locateLater, type PathSegment } from "../load/source-file.js";
import type { Doc, PartialSources } from "./plan-sources.js";

/**
 * A cross-reference rule: runs on the files that passed their schema and returns what it
 * finds. It skips what it cannot judge while other files are broken (see `PartialSources`).
 */
export interface Rule {
  id: string;
  check(plan: PartialSources): Diagnostic[];
}

export interface Finding {
  code: string;
  severity?: Severity;
  /**
   * One plain sentence, or how to word it: a rule that may find thousands of problems words
   * each only when it is read (printed), as it is worked out where it points.
   */
  message: string | (() => string);
  hint?: string | undefined;
  /** Point at the key rather than the value. */
  key?: boolean;
  related?: Array<Location & { message: string }>;
}

/**
 * A diagnostic located at a data path inside a document. Its line and column (and a message
 * given as a function) are worked out when first read: only printed diagnostics need them.
 */
export function at(doc: Doc<unknown>, dataPath: readonly PathSegment[], f: Finding): Diagnostic {
  const message = f.message;
  const d: Diagnostic = Object.assign(locateLater(doc.source, dataPath, f.key ?? false), {
    code: f.code,
    severity: f.severity ?? "error",
    message: typeof message === "string" ? message : "",
    ...(f.hint ? { hint: f.hint } : {}),
    ...(f.related ? { related: f.related } : {}),
  });
  if (typeof message !== "string") {
    let words: string | undefined;
    Object.defineProperty(d, "message", { get: () => (words ??= message()), enumerable: true });
  }
  return d;
}

/** The file name without its extension, which a document's id must equal. */
export function baseName(doc: Doc<unknown>): string {
  const file = doc.source.path;
  // As path.basename(file, path.extname(file)), without parsing the path twice.
  const name = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf(path.sep)) + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 && name !== ".." ? name.slice(0, dot) : name;
}

/**
 * Ids of files of a kind that failed their schema (their file names, which ids equal): a
 * reference to one of them is not "unknown", only unchecked.
 */
export function uncheckedIds(plan: PartialSources, kind: FileKind): Set<string> {
  return new Set(
    plan.unchecked
      .filter((u) => u.kind === kind)
      .map((u) => path.basename(u.path, path.extname(u.path))),
  );
}

/** Whether every file of these kinds passed its schema, so totals and coverage can be judged. */
export function allChecked(plan: PartialSources, ...kinds: FileKind[]): boolean {
  return !plan.unchecked.some((u) => kinds.includes(u.kind));
}
