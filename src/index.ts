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
export { parseSource, type SourceFile } from "./load/source-file.js";
export type { Doc, PlanSources } from "./validate/plan-sources.js";
export { RULES } from "./validate/rules/index.js";
export type { Rule } from "./validate/rule.js";
export { validatePlan, type ValidateResult } from "./validate/validate-plan.js";
export { checkPlan, type CheckResult } from "./validate/check-plan.js";
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
export type * from "./model/document-model.js";
export { renderHtml, TemplateError, type RenderOptions } from "./render/render-html.js";
export { renderMarkdown } from "./render/markdown.js";
export { findBrowser, INSTALL_HINT } from "./print/find-browser.js";
export {
  printDocument,
  type PrintJob,
  type PrintOptions,
  type PrintResult,
} from "./print/print-document.js";
export {
  buildPlan,
  buildDate,
  type BuildOptions,
  type BuildResult,
} from "./pipeline/build-plan.js";
export { roman } from "./text/roman.js";
export { terbilang } from "./text/terbilang.js";
export { tanggal } from "./text/tanggal.js";
