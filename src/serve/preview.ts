import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { sortDiagnostics, summarize, type Diagnostic } from "../diagnostics/diagnostic.js";
import { loadPlan, type ParseCache } from "../load/load-plan.js";
import { loadTheme, type Theme } from "../load/load-theme.js";
import type { FontOptions } from "../load/theme-fonts.js";
import { buildModel } from "../model/build-model.js";
import type { Locale } from "../model/locale.js";
import { createRenderer, TemplateError, templateDiagnostic } from "../render/render-html.js";
import { validatePlan } from "../validate/validate-plan.js";

export interface PreviewState {
  /** The last document that rendered; null until one has. */
  html: string | null;
  /** Whether `html` shows the sources as they are now (false while the plan has errors). */
  current: boolean;
  diagnostics: Diagnostic[];
  /** Source texts by path, for code frames. */
  texts: Map<string, string>;
  /** How long the last rebuild took. */
  ms: number;
}

/**
 * The HTML document of a plan, rebuilt on demand as fast as a one-file edit allows: files whose
 * size and time are unchanged are neither read nor parsed nor checked again, and the theme's
 * templates stay compiled until a file of the plan's own `templates/` changes.
 */
export class Preview {
  private readonly parsed: ParseCache = new Map();
  private theme: { stamp: string; theme: Theme; render: ReturnType<typeof createRenderer> } | null =
    null;
  private state: PreviewState = {
    html: null,
    current: false,
    diagnostics: [],
    texts: new Map(),
    ms: 0,
  };

  constructor(
    readonly root: string,
    private readonly fonts: FontOptions = {},
  ) {}

  get current(): PreviewState {
    return this.state;
  }

  async rebuild(): Promise<PreviewState> {
    const started = performance.now();
    const loaded = await loadPlan(this.root, { cache: this.parsed });
    const live = new Set(loaded.plan.files.map((f) => f.source.path));
    for (const file of this.parsed.keys()) if (!live.has(file)) this.parsed.delete(file);
    const checked = validatePlan(loaded.plan, loaded.diagnostics);
    const texts = new Map(loaded.plan.files.map((f) => [f.source.path, f.source.text]));
    let diagnostics = sortDiagnostics(checked.diagnostics);
    let html: string | null = null;
    if (checked.sources && summarize(diagnostics).errors === 0) {
      const { theme, render } = await this.loadTheme();
      try {
        html = render(buildModel(checked.sources, { locale: theme.locale as Locale }));
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        diagnostics = [...diagnostics, templateDiagnostic(e)];
      }
    }
    this.state = {
      html: html ?? this.state.html,
      current: html !== null,
      diagnostics,
      texts,
      ms: performance.now() - started,
    };
    return this.state;
  }

  /** The theme, compiled once, loaded again only when the plan's own templates change. */
  private async loadTheme() {
    const stamp = await folderStamp(path.join(this.root, "templates"));
    if (this.theme?.stamp !== stamp) {
      const theme = await loadTheme(this.root, "default", this.fonts);
      this.theme = { stamp, theme, render: createRenderer(theme) };
    }
    return this.theme;
  }
}

/** The names, sizes and times of every file below a folder: equal stamps, equal contents. */
async function folderStamp(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const stamps = await Promise.all(
    files.sort().map(async (f) => {
      const s = await stat(f).catch(() => null);
      return `${f}:${s?.size}:${s?.mtimeMs}`;
    }),
  );
  return stamps.join("\n");
}
