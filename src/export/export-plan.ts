import type { DocumentModel } from "../model/document-model.js";
import { word, type Locale } from "../model/locale.js";
import { programsCsv, type Delimiter } from "./csv.js";
import { programTable } from "./program-table.js";
import { HEADINGS } from "./table-columns.js";
import { programsXlsx } from "./xlsx.js";

import type { ExportFormat } from "./export-formats.js";
export { EXPORT_FORMATS, type ExportFormat } from "./export-formats.js";

/** `masterplan export` as data: a modelled plan's programs and budgets as CSV or XLSX. */
export async function exportModel(
  model: DocumentModel,
  locale: Locale,
  format: ExportFormat,
  { delimiter = "," }: { delimiter?: Delimiter } = {},
): Promise<Uint8Array> {
  const table = programTable(model.programs, {
    source: (s) => word(locale.sources, s ?? "unknown"),
    unassigned: locale.unassigned,
    program: HEADINGS.proposedProgram,
    budget: HEADINGS.proposedBudget,
  });
  return format === "csv"
    ? new TextEncoder().encode(programsCsv(table, delimiter))
    : programsXlsx(table);
}
