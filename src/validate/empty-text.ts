import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { locate, type PathSegment, type SourceFile } from "../load/source-file.js";
import { t } from "../i18n/language.js";
import { fieldWords } from "./field-words.js";
import { capital } from "../text/capital.js";

/**
 * Every empty or whitespace-only string of a file: not a value, and never what the writer
 * meant. The document would print nothing (or "………" passed off as a fact) and an enacted build
 * would let it through. Checked on the parsed data, whatever the schema says of the file.
 */
/** A character `String.prototype.trim` keeps: JavaScript's `\s` is the same set it removes. */
const NOT_SPACE = /\S/;

export function emptyTexts(file: SourceFile, schema: Record<string, unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const path: PathSegment[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") {
      // What `trim` would leave nothing of, without copying the text (most end with a newline).
      if (!NOT_SPACE.test(value))
        out.push({
          ...locate(file, path),
          code: "value/empty",
          severity: "error",
          message: capital(t("value.empty", { field: fieldWords(schema, file.data, path) })),
          hint: t("value.empty-hint"),
        });
    } else if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    else if (value && typeof value === "object")
      for (const k in value) {
        path.push(k);
        walk((value as Record<string, unknown>)[k]);
        path.pop();
      }
  };
  walk(file.data);
  return out;
}

/** The schema's errors of form ("too short", "does not match") that the empty-text finding says better. */
const ECHOES = new Set(["schema/min-length", "schema/pattern"]);

/** Drops the schema's errors about a value the empty-text finding already reports. */
export function withoutEchoes(schema: Diagnostic[], empties: readonly Diagnostic[]): Diagnostic[] {
  const at = new Set(empties.map((d) => `${d.line}:${d.column}`));
  return schema.filter((d) => !ECHOES.has(d.code) || !at.has(`${d.line}:${d.column}`));
}
