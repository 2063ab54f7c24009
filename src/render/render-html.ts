import Handlebars from "handlebars";
import type { Theme } from "../load/load-theme.js";
import type { DocumentModel } from "../model/document-model.js";
import { registerHelpers } from "./helpers.js";
import { pageCss } from "./page-css.js";

export interface RenderOptions {
  /** Page number of each heading anchor; null for the first pass, before printing. */
  tocPages?: ReadonlyMap<string, number> | null;
}

/** A template that could not be compiled or rendered: the theme's fault, named by file. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/** Renders the self-contained HTML document: inline styles and fonts, no script. Pure. */
export function renderHtml(
  model: DocumentModel,
  theme: Theme,
  options: RenderOptions = {},
): string {
  const hb = Handlebars.create();
  registerHelpers(hb, {
    locale: theme.locale,
    tocPages: options.tocPages ?? null,
    foreignTerms: model.foreignTerms,
  });
  const compileOptions = { strict: true, noEscape: false };
  for (const [name, source] of Object.entries(theme.partials)) {
    hb.registerPartial(
      name,
      compile(hb, source, compileOptions, theme.origins[`partials/${name}.hbs`] ?? name),
    );
  }
  const layout = compile(
    hb,
    theme.layout,
    compileOptions,
    theme.origins["layout.hbs"] ?? "layout.hbs",
  );
  const styles = `${pageCss(model, theme.fonts)}\n${theme.css}`;
  return layout({ ...model, styles });
}

function compile(
  hb: typeof Handlebars,
  source: string,
  options: CompileOptions,
  file: string,
): Handlebars.TemplateDelegate {
  // Handlebars compiles on first use, so syntax errors and strict-mode misses both surface
  // here, and either way the error names this file.
  const template = hb.compile(source, options);
  return (context: unknown, runtime?: Handlebars.RuntimeOptions) => {
    try {
      return template(context, runtime);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      throw new TemplateError(file, (e as Error).message);
    }
  };
}
