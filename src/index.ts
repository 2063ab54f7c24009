// The library surface: everything the CLI uses is importable from here.
export type { Diagnostic, Location, Severity, Summary } from "./diagnostics/diagnostic.js";
export { promoteWarnings, sortDiagnostics, summarize } from "./diagnostics/diagnostic.js";
export { MasterplanError } from "./diagnostics/masterplan-error.js";
export {
  formatDiagnostics,
  FORMATS,
  type Format,
  type FormatOptions,
} from "./diagnostics/format.js";
export {
  loadPlan,
  type FileKind,
  type LoadedPlan,
  type LoadResult,
  type PlanFile,
} from "./load/load-plan.js";
export { loadPlanAtRevision } from "./load/git-plan.js";
export { parseSource, type Positions, type SourceFile } from "./load/source-file.js";
export type { Doc, PartialSources, PlanSources } from "./validate/plan-sources.js";
export { RULES } from "./validate/rules/index.js";
export type { Rule } from "./validate/rule.js";
export { validatePlan, type ValidateResult } from "./validate/validate-plan.js";
export { formatRupiah, groupDigits } from "./text/rupiah.js";
export { loadTheme, type Theme } from "./load/load-theme.js";
export {
  themeFonts,
  BUNDLED_FONT,
  BOOKMAN_DESIGN,
  PREFERRED_FONT,
  type FontFace,
  type ThemeFonts,
} from "./load/theme-fonts.js";
export { buildModel, type ModelOptions } from "./model/build-model.js";
export { DOCUMENTS, type DocumentKind } from "./model/documents.js";
export type { Locale } from "./model/locale.js";
export type * from "./model/document-model.js";
export type * from "./model/blocks/index.js";
export { renderHtml, TemplateError, type RenderOptions } from "./render/render-html.js";
export { renderMarkdown } from "./render/markdown.js";
export { findBrowser, installHint, systemBrowsers } from "./print/find-browser.js";
export { Printer, type PrintRequest, type Printed } from "./print/printer.js";
export { prepare, type Prepared, type PrepareOptions } from "./pipeline/prepare.js";
export {
  buildPlan,
  buildDate,
  type BuildOptions,
  type BuildResult,
  type DocumentResult,
} from "./pipeline/build-plan.js";
export type { BuildNote } from "./pipeline/build-notes.js";
export { buildPortfolio, findPlans, type PortfolioOptions } from "./pipeline/build-portfolio.js";
export { comparePlans, type Side } from "./pipeline/compare-plans.js";
export { formatDiff, DIFF_FORMATS, type DiffFormat } from "./diff/format-diff.js";
export { hasChanges, type PlanDiff } from "./diff/plan-diff.js";
export { formatPlan, type FormattedFile, type FormattedPlan } from "./format/format-plan.js";
export { formatSource, formatFile, type FormatResult } from "./format/format-source.js";
export { rewriteSources, type SourceRewrite } from "./write/rewrite-sources.js";
export { writeFilesAtomically } from "./write/write-atomic.js";
export { exportModel, EXPORT_FORMATS, type ExportFormat } from "./export/export-plan.js";
export { initPlan, addProgram } from "./scaffold/write-plan.js";
export { servePreview, type PreviewServer, type ServeOptions } from "./serve/preview-server.js";
export { roman } from "./text/roman.js";
export { terbilang } from "./text/terbilang.js";
export { tanggal } from "./text/tanggal.js";
