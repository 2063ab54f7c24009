import { readFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourceFile } from "../load/source-file.js";
import { schemasDir } from "../paths/package-root.js";
import type { LocaleInput } from "../types/generated/locale.js";
import { locale as validateLocale } from "./generated/validators.js";
import { checkWith } from "./schema-check.js";

let schema: Record<string, unknown> | undefined;
type Checked =
  { locale: LocaleInput; diagnostics: [] } | { locale: null; diagnostics: Diagnostic[] };
/** Each theme's words are checked once, however many builds read them (a live preview). */
const checked = new WeakMap<SourceFile, Checked>();

/**
 * A theme's words, checked once against their schema (schemas/locale.schema.json): the
 * typed locale, or the problems of the file (a plan's own templates/locale.json may lack a
 * word or misspell a key), located in it.
 */
export function checkLocale({
  file,
  diagnostics: syntax,
}: {
  file: SourceFile;
  diagnostics: readonly Diagnostic[];
}): Checked {
  const known = checked.get(file);
  if (known) return known;
  const result = check(file, syntax);
  checked.set(file, result);
  return result;
}

function check(file: SourceFile, syntax: readonly Diagnostic[]): Checked {
  const errors = syntax.filter((d) => d.severity === "error");
  if (errors.length) return { locale: null, diagnostics: errors };
  schema ??= JSON.parse(
    readFileSync(path.join(schemasDir, "locale.schema.json"), "utf8"),
  ) as Record<string, unknown>;
  const data = file.data;
  if (validateLocale(data)) return { locale: data, diagnostics: [] };
  return { locale: null, diagnostics: checkWith(validateLocale, schema, file) };
}
