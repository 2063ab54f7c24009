import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { loadPlan } from "../load/load-plan.js";
import { schemaFor } from "../validate/schema-check.js";
import { formatFile } from "./format-source.js";

export interface FormattedFile {
  path: string;
  /** The canonical text; null when the file must stay as it is (YAML errors, or kept). */
  text: string | null;
  /** Whether the canonical text differs from the file's. */
  changed: boolean;
  diagnostics: Diagnostic[];
  /** What the file held when it was read: it is replaced only while it still holds this. */
  read: { text: string; bom: boolean };
}

export interface FormattedPlan {
  root: string;
  /** Every folder that holds a plan file, the root first. */
  folders: string[];
  files: FormattedFile[];
  /** Files the plan holds but cannot be read (a link leading outside it, …): errors. */
  refused: Diagnostic[];
}

/** Every YAML file of a plan in canonical form, as data: `masterplan fmt` writes the changed ones. */
export async function formatPlan(dir: string): Promise<FormattedPlan> {
  // Read by the full parser alone: the document it builds is the one that is formatted.
  const { plan, diagnostics } = await loadPlan(dir, { fast: false });
  const parseErrors = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const files = plan.files.map(({ kind, source }): FormattedFile => {
    const read = { text: source.text, bom: source.bom };
    if (parseErrors.has(source.path))
      return {
        path: source.path,
        text: null,
        changed: false,
        diagnostics: diagnostics.filter((d) => d.file === source.path && d.severity === "error"),
        read,
      };
    const { text, diagnostics: found } = formatFile(source, schemaFor(kind));
    // A byte order mark is dropped too: plan files are plain UTF-8.
    const changed = text !== null && (text !== source.text || source.bom);
    return { path: source.path, text, changed, diagnostics: found, read };
  });
  const listed = new Set(plan.files.map((f) => f.source.path));
  const refused = diagnostics.filter(
    (d) => d.severity === "error" && !listed.has(d.file) && d.code !== "load/missing-file",
  );
  const folders = [...new Set([plan.root, ...plan.files.map((f) => path.dirname(f.source.path))])];
  return { root: plan.root, folders, files, refused };
}
