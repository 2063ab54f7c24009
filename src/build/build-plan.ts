import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { summarize } from "../diagnostics/diagnostic.js";
import { interrupted } from "../diagnostics/masterplan-error.js";
import { loadSide } from "../diff/compare-plans.js";
import { diffPlans } from "../diff/plan-diff.js";
import { describeRevision } from "../load/git-plan.js";
import { loadTheme } from "../load/load-theme.js";
import { buildModel } from "../model/build-model.js";
import type { Locale } from "../model/locale.js";
import { BOOKMAN_DESIGN, FONT_INSTALL_HINT, PREFERRED_FONT } from "../load/theme-fonts.js";
import { createRenderer, TemplateError, templateDiagnostic } from "../render/render-html.js";
import { findBrowser } from "../print/find-browser.js";
import { finishPdf } from "../print/finish-pdf.js";
import { fontFamilies } from "../print/pdf-fonts.js";
import { printDocument } from "../print/print-document.js";
import { checkPlan } from "../validate/check-plan.js";
import type { PlanSources } from "../validate/plan-sources.js";
import { writeFilesAtomically } from "./write-atomic.js";

export interface BuildOptions {
  dir: string;
  outDir: string;
  only?: "html" | "pdf" | undefined;
  paper?: "f4" | "a4" | undefined;
  /** `--browser`. */
  browser?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** The clock, used only when SOURCE_DATE_EPOCH is not set. */
  now?: () => Date;
  signal?: AbortSignal | undefined;
  /** Called as each step begins and ends, for progress on a terminal. */
  onStart?: (step: string) => void;
  onStep?: (step: string, ms: number) => void;
  version?: string;
  /** A git revision: the document gets a "Daftar Perubahan" annex of the changes since it. */
  changesSince?: string | undefined;
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
  /** Paths written, empty when the plan has errors. */
  written: string[];
  fonts: string[];
  pages: number | null;
  passes: number;
  notes: string[];
}

/** validate → model → render → print → write: the whole of `masterplan build`, as data. */
export async function buildPlan(options: BuildOptions): Promise<BuildResult> {
  const env = options.env ?? process.env;
  const time = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    options.onStart?.(name);
    const started = performance.now();
    const result = await work();
    options.onStep?.(name, performance.now() - started);
    return result;
  };
  const checked = await time("validate", () => checkPlan(options.dir));
  const result: BuildResult = {
    diagnostics: checked.diagnostics,
    texts: checked.texts,
    written: [],
    fonts: [],
    pages: null,
    passes: 0,
    notes: [],
  };
  if (!checked.sources || summarize(checked.diagnostics).errors > 0) return result;
  const sources = checked.sources;

  const theme = await loadTheme(sources.root);
  const changes = options.changesSince
    ? await time("compare", () => changesSince(sources, options.changesSince!))
    : undefined;
  const model = await time("model", () =>
    buildModel(sources, { locale: theme.locale as Locale, paper: options.paper, changes }),
  );
  // Compiled once for every print pass; a broken template surfaces on the first render.
  const renderer = createRenderer(theme);
  const render = (tocPages: ReadonlyMap<string, number> | null) => renderer(model, { tocPages });

  const name = sources.manifest.data.name;
  const outputs: Array<{ path: string; data: string | Uint8Array }> = [];
  try {
    if (options.only === "html") {
      outputs.push({
        path: path.join(options.outDir, `${name}.html`),
        data: await time("render", () => render(null)),
      });
    } else {
      // Find the browser before any work the user would wait for.
      const browserPath = findBrowser({ flag: options.browser, env });
      const printed = await printDocument(
        { render },
        {
          browserPath,
          signal: options.signal,
          onStart: options.onStart,
          onStep: options.onStep,
          textWidthMm: model.paper.textWidthMm,
        },
      );
      const { pdf, pages, fonts } = await time("finish pdf", () =>
        finishPdf(printed.pdf, {
          ...model.metadata,
          creator: `masterplan ${options.version ?? ""}`.trim(),
          paper: model.paper,
          bookmarkTitles: printed.bookmarkTitles,
          date: buildDate(env, options.now),
        }),
      );
      result.fonts = fontFamilies(fonts);
      result.passes = printed.passes;
      result.notes.push(...printed.notes);
      if (printed.blockedRequests.length)
        result.notes.push(
          `Refused ${printed.blockedRequests.length} network request(s) from the document.`,
        );
      if (theme.fonts.problem) result.notes.push(`${theme.fonts.problem}.`);
      result.notes.push(...fontNotes(result.fonts, theme.fonts.embedded));
      const type3 = fonts.filter((f) => f.subtype === "Type3").map((f) => f.name);
      if (type3.length)
        result.notes.push(
          `Some fonts were embedded as Type 3, which print shops reject: ${type3.join(", ")}.`,
        );
      result.pages = pages;
      if (options.only !== "pdf")
        outputs.push({ path: path.join(options.outDir, `${name}.html`), data: printed.html });
      outputs.push({ path: path.join(options.outDir, `${name}.pdf`), data: pdf });
    }
  } catch (e) {
    // A broken template override is the plan's problem, reported like any other.
    if (e instanceof TemplateError) {
      result.diagnostics = [...result.diagnostics, templateDiagnostic(e)];
      return result;
    }
    throw e;
  }
  if (options.signal?.aborted) throw interrupted();
  await time("write", () => writeFilesAtomically(outputs));
  result.written = outputs.map((o) => o.path);
  return result;
}

/** The plan at a revision, compared with the plan being built. */
async function changesSince(sources: PlanSources, rev: string) {
  const [base, version] = await Promise.all([
    loadSide(sources.root, { revision: rev, label: rev }),
    describeRevision(sources.root, rev),
  ]);
  return { diff: diffPlans(base, sources, { base: rev, head: "working tree" }), base, version };
}

/** What a reader should know about the faces the PDF is set in. */
function fontNotes(used: readonly string[], embedded: string): string[] {
  const main = used.includes(PREFERRED_FONT) ? PREFERRED_FONT : embedded;
  const notes: string[] = [];
  if (main !== PREFERRED_FONT && main !== BOOKMAN_DESIGN)
    notes.push(
      `Neither ${PREFERRED_FONT} nor ${BOOKMAN_DESIGN} is installed here, so the PDF is set in ${main}. ${FONT_INSTALL_HINT}`,
    );
  const others = used.filter((f) => f !== main);
  if (others.length)
    notes.push(`Some characters are not in ${main} and were set in ${others.join(", ")}.`);
  return notes;
}

/** SOURCE_DATE_EPOCH (seconds) when set, so builds are reproducible; else the clock. */
export function buildDate(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim()))
    return new Date(Number(epoch.trim()) * 1000);
  return now();
}
