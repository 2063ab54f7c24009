import { createHash } from "node:crypto";
import Handlebars from "handlebars";
import { foreignTermPattern } from "./foreign-terms.js";
import { typeset } from "./typeset.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Theme } from "../load/load-theme.js";
import type { DocumentModel } from "../model/document-model.js";
import { LAYOUTS, type DocumentKind } from "../model/documents.js";
import type { Locale } from "../model/locale.js";
import { registerHelpers, type HelperContext } from "./helpers.js";
import { pageCss } from "./page-css.js";
import { COMPILE_OPTIONS, PRECOMPILED } from "./generated/templates.js";
import { t } from "../i18n/language.js";

export interface RenderOptions {
  /** Page number of each heading anchor; null for the first pass, before printing. */
  tocPages?: ReadonlyMap<string, number> | null;
}

/** A template that could not be compiled or rendered: the theme's fault, named by file. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    message: string,
    /** Where in the template, 1-based; line 1, column 1 when Handlebars does not say. */
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/** A broken template as a located problem of the plan, like any other. */
export function templateDiagnostic(e: TemplateError): Diagnostic {
  return {
    code: "template/error",
    severity: "error",
    file: e.file,
    line: e.line,
    column: e.column,
    message: t("template.failed", { problem: e.message }),
    hint: t("template.failed-hint"),
  };
}

/**
 * A Handlebars error located in its template: runtime errors carry a line and a 0-based
 * column, parse errors name the line in their message, and a missing partial is found by its
 * name in the source.
 */
export function locateTemplateError(e: unknown, file: string, source: string): TemplateError {
  const raw = e instanceof Error ? e.message : String(e);
  const err = e as { lineNumber?: number; column?: number };
  let message = raw
    .replace(/ in \[object Object\]/g, "")
    .replace(/ - \d+:\d+$/, "")
    .split("\n")[0]!;
  let line = 1;
  let column = 1;
  if (typeof err.lineNumber === "number") {
    line = err.lineNumber;
    column = (err.column ?? 0) + 1;
  } else if (/^Parse error on line (\d+)/.test(raw)) {
    line = Number(/^Parse error on line (\d+)/.exec(raw)![1]);
    const expected = /\n(Expecting .*)$/.exec(raw)?.[1];
    message = `a syntax error${expected ? `: ${expected.replace(/'/g, "")}` : ""}`;
  } else {
    const partial = /^The partial (\S+) could not be found/.exec(raw)?.[1];
    const at = partial
      ? new RegExp(`\\{\\{#?>\\s*${partial.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).exec(source)
      : null;
    if (at) {
      const before = source.slice(0, at.index).split("\n");
      line = before.length;
      column = before.at(-1)!.length + 1;
    }
  }
  return new TemplateError(file, message, line, column);
}

/** Renders the self-contained HTML document: inline styles and fonts, no script. Pure. */
export function renderHtml(
  model: DocumentModel,
  theme: Theme,
  locale: Locale,
  options: RenderOptions = {},
): string {
  return createRenderer(theme, locale)(model, options);
}

/**
 * Compiles a theme's layout for one document (the masterplan unless named) once and returns a
 * renderer for any number of renders: the print passes of a build, or every rebuild of a live
 * preview.
 */
export function createRenderer(
  theme: Theme,
  locale: Locale,
  document: DocumentKind = "masterplan",
): (model: DocumentModel, options?: RenderOptions) => string {
  const hb = Handlebars.create();
  const ctx: HelperContext = { locale, tocPages: null, foreignTerms: [] };
  registerHelpers(hb, ctx);
  for (const [name, source] of Object.entries(theme.partials)) {
    hb.registerPartial(name, compile(hb, source, theme.origins[`partials/${name}.hbs`] ?? name));
  }
  const file = LAYOUTS[document];
  const layout = compile(hb, theme.layouts[document], theme.origins[file] ?? file);
  let termsOf: readonly string[] | null = null;
  let foreign: RegExp | null = null;
  return (model, options = {}) => {
    ctx.tocPages = options.tocPages ?? null;
    ctx.foreignTerms = model.foreignTerms;
    const styles = `${pageCss(model, theme.fonts)}\n${theme.css}`;
    if (model.foreignTerms !== termsOf) {
      termsOf = model.foreignTerms;
      foreign = foreignTermPattern(termsOf);
    }
    return typeset(layout({ ...model, styles }), foreign);
  };
}

/**
 * A template, as compiled ahead of time when its text is a bundled one's (scripts/
 * gen-templates.js, with the same options), else compiled here on first use (strict: a name
 * the model lacks is an error; partials not re-indented, which HTML does not need).
 */
function compile(hb: typeof Handlebars, source: string, file: string): Handlebars.TemplateDelegate {
  const spec = PRECOMPILED[createHash("sha256").update(source).digest("hex")];
  // Handlebars compiles on first use, so syntax errors and strict-mode misses both surface
  // here, and either way the error names this file.
  const template = spec
    ? hb.template(spec as Parameters<typeof hb.template>[0])
    : hb.compile(source, { ...COMPILE_OPTIONS });
  return (context: unknown, runtime?: Handlebars.RuntimeOptions) => {
    try {
      return template(context, runtime);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      throw locateTemplateError(e, file, source);
    }
  };
}
