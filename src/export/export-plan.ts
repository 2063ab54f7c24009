import { summarize, type Diagnostic } from "../diagnostics/diagnostic.js";
import { loadLocale } from "../load/load-theme.js";
import { word, type Locale } from "../model/locale.js";
import { resolvePrograms } from "../model/programs.js";
import { checkPlan } from "../validate/check-plan.js";
import { programsCsv } from "./csv.js";
import { programTable } from "./program-table.js";
import { programsXlsx } from "./xlsx.js";

import type { ExportFormat } from "./export-formats.js";
export { EXPORT_FORMATS, type ExportFormat } from "./export-formats.js";

export interface ExportResult {
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
  /** The plan's output name (masterplan.yaml `name`), null when the plan has errors. */
  name: string | null;
  /** The file's bytes; null when the plan has errors. */
  data: Uint8Array | null;
}

/** `masterplan export` as data: the programs and their budgets as CSV or XLSX. */
export async function exportPlan(dir: string, format: ExportFormat): Promise<ExportResult> {
  const checked = await checkPlan(dir);
  const result: ExportResult = {
    diagnostics: checked.diagnostics,
    texts: checked.texts,
    name: null,
    data: null,
  };
  if (!checked.sources || summarize(checked.diagnostics).errors > 0) return result;
  const locale = (await loadLocale(checked.sources.root)) as Locale;
  const table = programTable(resolvePrograms(checked.sources, locale), (s) =>
    word(locale.sources, s),
  );
  result.name = checked.sources.manifest.data.name;
  result.data =
    format === "csv" ? new TextEncoder().encode(programsCsv(table)) : await programsXlsx(table);
  return result;
}
