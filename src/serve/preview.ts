import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ParseCache } from "../load/load-plan.js";
import { loadTheme, type Theme } from "../load/load-theme.js";
import type { FontOptions } from "../load/theme-fonts.js";
import { prepare } from "../pipeline/prepare.js";
import { createRenderer, TemplateError, templateDiagnostic } from "../render/render-html.js";

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
  private theme: {
    stamp: string;
    theme: Theme;
    render: ReturnType<typeof createRenderer> | null;
  } | null = null;
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
    const theme = await this.loadTheme();
    const prepared = await prepare(this.root, {
      cache: this.parsed,
      theme: theme.theme,
      model: { documents: ["masterplan"] },
    });
    const live = new Set(prepared.texts.keys());
    for (const file of this.parsed.keys()) if (!live.has(file)) this.parsed.delete(file);
    let diagnostics = prepared.diagnostics;
    let html: string | null = null;
    if (prepared.model && prepared.locale) {
      try {
        theme.render ??= createRenderer(theme.theme, prepared.locale);
        html = theme.render(prepared.model);
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        diagnostics = [...diagnostics, templateDiagnostic(e)];
      }
    }
    this.state = {
      html: html ?? this.state.html,
      current: html !== null,
      diagnostics,
      texts: prepared.texts,
      ms: performance.now() - started,
    };
    return this.state;
  }

  /** The theme, loaded again only when the plan's own templates change; compiled once. */
  private async loadTheme() {
    const stamp = await folderStamp(path.join(this.root, "templates"));
    if (this.theme?.stamp !== stamp) {
      const theme = await loadTheme(this.root, "default", this.fonts);
      this.theme = { stamp, theme, render: null };
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
