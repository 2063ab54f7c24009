import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { loadPlan } from "../load/load-plan.js";
import { schemaFor } from "../validate/schema-check.js";
import { formatSource } from "./format-source.js";

export interface FormattedFile {
  path: string;
  /** The canonical text; null when the file has YAML errors and must stay as it is. */
  text: string | null;
  /** Whether the canonical text differs from the file's. */
  changed: boolean;
  diagnostics: Diagnostic[];
}

/** Every YAML file of a plan in canonical form, as data: `masterplan fmt` writes the changed ones. */
export async function formatPlan(dir: string): Promise<FormattedFile[]> {
  const { plan } = await loadPlan(dir);
  return plan.files.map(({ kind, source }) => {
    const bytes = new TextEncoder().encode(source.text);
    const { text, diagnostics } = formatSource(source.path, bytes, schemaFor(kind));
    // A byte order mark is dropped too: plan files are plain UTF-8.
    const changed = text !== null && (text !== source.text || source.bom);
    return { path: source.path, text, changed, diagnostics };
  });
}
