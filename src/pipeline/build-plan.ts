import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { interrupted } from "../diagnostics/masterplan-error.js";
import { themeOverrides, type Theme } from "../load/load-theme.js";
import type { DocumentModel } from "../model/document-model.js";
import {
  documentMetadata,
  documentModel,
  outputName,
  type DocumentKind,
} from "../model/documents.js";
import type { Locale } from "../model/locale.js";
import { withPolicy } from "../render/document-policy.js";
import { createRenderer, TemplateError, templateDiagnostic } from "../render/render-html.js";
import { fontFamilies } from "../print/pdf-fonts.js";
import { Printer, type Printed } from "../print/printer.js";
import { checkOutputs, writeFilesAtomically } from "../write/write-atomic.js";
import { buildNotes, type BuildNote } from "./build-notes.js";
import { prepare } from "./prepare.js";
import { t } from "../i18n/language.js";

export type OutputFormat = "html" | "pdf" | "docx";

/** What to build and where. */
export interface BuildTarget {
  dir: string;
  outDir: string;
  /** `--doc`: the documents to print, instead of those the manifest's `outputs` names. */
  documents?: DocumentKind | "all" | undefined;
  /**
   * `--only`: the formats to write; HTML alone prints nothing. Default: HTML and PDF, and the
   * DOCX when the manifest's `outputs` names it.
   */
  formats?: ReadonlyArray<OutputFormat> | undefined;
  /** `--paper`, overriding the manifest. */
  paper?: "f4" | "a4" | undefined;
  /** A git revision: the masterplan gets a "Daftar Perubahan" annex of the changes since it. */
  changesSince?: string | undefined;
  /** `--salinan`: the certified copy of the enacted regulation and its Lampiran. */
  certifiedCopy?: boolean | undefined;
}

/** How large and how long a print may be expected to be before it is refused. */
export interface BuildLimits {
  /** `--max-memory`, in MB (default: half of the machine's memory). */
  memoryMb?: number | undefined;
  /** `--max-minutes`, in ms. */
  timeMs?: number | undefined;
  /** The most elements a part of a document printed in parts may have (see print-parts.ts). */
  partElements?: number | undefined;
}

/** Called as each step begins and ends, for progress on a terminal. */
export interface BuildHooks {
  onStart?: (step: string) => void;
  onStep?: (step: string, ms: number) => void;
}

/** What the build reads of the world: variables, the clock, the browser, an interruption. */
export interface BuildEnvironment {
  env?: NodeJS.ProcessEnv;
  /** The clock, used only when SOURCE_DATE_EPOCH is not set. */
  now?: () => Date;
  signal?: AbortSignal | undefined;
  /** masterplan's version, for the PDF's Creator. */
  version?: string;
  /** `--browser`. */
  browser?: string | undefined;
}

export interface BuildOptions {
  target: BuildTarget;
  limits?: BuildLimits;
  hooks?: BuildHooks;
  environment?: BuildEnvironment;
  /** A printer shared by several builds (a portfolio); its owner closes it. */
  printer?: Printer | undefined;
}

/** One document of a build. */
export interface DocumentResult {
  document: DocumentKind;
  /** Null when only the HTML was written. */
  pages: number | null;
  passes: number;
  /** The faces the PDF is set in. */
  fonts: string[];
  /** The files written for it. */
  written: string[];
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
  /** Each document built; empty when the plan has errors. */
  documents: DocumentResult[];
  /** Every file written, in order. */
  written: string[];
  /** What the reader should know about the outputs, as data the CLI words. */
  notes: BuildNote[];
}

/** validate → model → render → print → write: the whole of `masterplan build`, as data. */
export async function buildPlan(options: BuildOptions): Promise<BuildResult> {
  const formats = options.target.formats ?? ["html", "pdf"];
  // The browser starts first, so that it is up by the time the plan is checked and rendered.
  const own =
    options.printer === undefined && (formats.includes("pdf") || formats.includes("docx"))
      ? Printer.start({
          browser: options.environment?.browser,
          env: options.environment?.env,
          signal: options.environment?.signal,
        })
      : null;
  try {
    return await build(options, options.printer ?? own);
  } finally {
    await own?.close();
  }
}

async function build(options: BuildOptions, printer: Printer | null): Promise<BuildResult> {
  const { target } = options;
  const step = timer(options.hooks);
  const prepared = await step("validate", () =>
    prepare(target.dir, {
      model: {
        documents: target.documents,
        paper: target.paper,
        changesSince: target.changesSince,
        certifiedCopy: target.certifiedCopy,
      },
    }),
  );
  const result: BuildResult = {
    diagnostics: prepared.diagnostics,
    texts: prepared.texts,
    documents: [],
    written: [],
    notes: [],
  };
  const { model, theme, locale } = prepared;
  if (!model || !theme || !locale) return result;
  const formats = formatsOf(target, prepared.sources?.manifest.data.outputs ?? []);
  // Where there is no browser at all, the plan's own problems are still reported first.
  printer?.unavailable();
  const jobs = prepared.documents.map((document) => job(model, theme, locale, document, target));
  if (printer && theme.fonts.problem)
    result.notes.push({
      code: "font/unconvertible",
      document: null,
      values: { problem: theme.fonts.problem },
    });
  const outputs: Array<{ path: string; data: string | Uint8Array }> = [];
  const caches = new Set<string>();
  try {
    const unsafe = await unsafeJobs(jobs, theme);
    if (unsafe.length) {
      result.diagnostics = [...result.diagnostics, ...unsafe];
      return result;
    }
    // A folder that cannot take the outputs is found before the print, not after it.
    await checkOutputs(jobs.flatMap((j) => targetsOf(j, formats, printer !== null)));
    for (const [i, j] of jobs.entries()) {
      // This build's own browser closes after its last print when no DOCX needs it after.
      const last = !options.printer && i === jobs.length - 1 && !formats.includes("docx");
      const files = await writeJob(
        { ...j, last },
        printer,
        { ...options, target: { ...target, formats } },
        {
          model,
          locale,
          theme,
        },
        result,
      );
      outputs.push(...files);
      for (const f of files) if (f.path === j.pages) caches.add(j.pages);
    }
  } catch (e) {
    // A broken template override is the plan's problem, reported like any other.
    if (e instanceof TemplateError) {
      result.diagnostics = [...result.diagnostics, templateDiagnostic(e)];
      result.documents = [];
      return result;
    }
    throw e;
  }
  if (options.environment?.signal?.aborted) throw interrupted();
  await step("write", () => writeFilesAtomically(outputs));
  // The page-number caches ride along with the documents; the user asked for the documents.
  result.written = outputs.map((o) => o.path).filter((p) => !caches.has(p));
  return result;
}

/** `--only`, else HTML and PDF, and the DOCX where the manifest's `outputs` names it. */
function formatsOf(
  target: BuildOptions["target"],
  named: readonly string[],
): readonly OutputFormat[] {
  return target.formats ?? ["html", "pdf", ...(named.includes("docx") ? (["docx"] as const) : [])];
}

/** A plan's own templates are as untrusted as its YAML: what they write is checked first. */
async function unsafeJobs(jobs: readonly Job[], theme: Theme) {
  for (const j of jobs) {
    const unsafe = await unsafeOverrides(theme, () => j.renderer(j.model, { tocPages: null }));
    if (unsafe.length) return unsafe;
  }
  return [];
}

/** A document rendered, and printed when there is a printer: its files, its result, its notes. */
async function writeJob(
  j: Job,
  printer: Printer | null,
  options: BuildOptions,
  plan: { model: DocumentModel; locale: Locale; theme: Theme },
  result: BuildResult,
): Promise<Array<{ path: string; data: string | Uint8Array }>> {
  const formats = options.target.formats ?? ["html", "pdf"];
  const done =
    printer && formats.includes("pdf")
      ? await printOne(j, printer, options, plan.model, plan.locale)
      : { html: await timer(options.hooks)("render", () => j.render(null)), printed: null };
  const files: Array<{ path: string; data: string | Uint8Array }> = [];
  if (formats.includes("html") || (!done.printed && !formats.includes("docx")))
    files.push({ path: j.html, data: done.html });
  if (printer && formats.includes("docx"))
    files.push({ path: j.docx, data: await docxOf(j, done.html, printer, options, plan) });
  if (done.printed) {
    files.push({ path: j.pdf, data: done.printed.pdf });
    // The headings' pages, so that the next build into this folder prints once.
    files.push({ path: j.pages, data: pagesJson(done.printed.headingPages) });
    result.notes.push(...buildNotes(j.document, done.printed, plan.theme.fonts));
  }
  result.documents.push({
    document: j.document,
    pages: done.printed?.pages ?? null,
    passes: done.printed?.passes ?? 0,
    fonts: done.printed ? fontFamilies(done.printed.fonts) : [],
    written: files.map((f) => f.path).filter((p) => p !== j.pages),
  });
  return files;
}

interface Job {
  document: DocumentKind;
  /** The last use of this build's own browser (see `PrintRequest.last`). */
  last?: boolean;
  model: DocumentModel;
  renderer: ReturnType<typeof createRenderer>;
  /** The HTML with these heading pages in its table of contents, with its policy. */
  render: (tocPages: ReadonlyMap<string, number> | null) => string;
  html: string;
  pdf: string;
  docx: string;
  pages: string;
}

/**
 * A document's print job. Its layout is compiled once for all its passes (a broken template
 * surfaces on the first render), and it carries its policy: it loads nothing from outside,
 * wherever it is opened.
 */
function job(
  model: DocumentModel,
  theme: Theme,
  locale: Locale,
  document: DocumentKind,
  target: BuildTarget,
): Job {
  const renderer = createRenderer(theme, locale, document);
  const name = outputName(model.name, document);
  const own = documentModel(model, document);
  return {
    document,
    model: own,
    renderer,
    render: (tocPages) => withPolicy(renderer(own, { tocPages })),
    html: path.join(target.outDir, `${name}.html`),
    pdf: path.join(target.outDir, `${name}.pdf`),
    docx: path.join(target.outDir, `${name}.docx`),
    pages: path.join(target.outDir, `.${name}.pages.json`),
  };
}

async function printOne(
  j: Job,
  printer: Printer,
  options: BuildOptions,
  model: DocumentModel,
  locale: Locale,
): Promise<{ html: string; printed: Printed }> {
  const env = options.environment ?? {};
  const printed = await printer.print(
    {
      render: j.render,
      textWidthMm: j.model.paper.textWidthMm,
      guess: await readPages(j.pages),
      last: j.last ?? false,
      metadata: {
        ...documentMetadata(model, j.document, locale),
        creator: `masterplan ${env.version ?? ""}`.trim(),
        paper: j.model.paper,
        date: buildDate(env.env ?? process.env, env.now),
      },
    },
    {
      memoryBudgetMb: options.limits?.memoryMb,
      timeBudgetMs: options.limits?.timeMs,
      partElements: options.limits?.partElements,
      onStart: options.hooks?.onStart,
      onStep: options.hooks?.onStep,
    },
  );
  return { html: printed.html, printed };
}

function timer(hooks: BuildHooks | undefined) {
  return async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    hooks?.onStart?.(name);
    const started = performance.now();
    const result = await work();
    hooks?.onStep?.(name, performance.now() - started);
    return result;
  };
}

/**
 * What the plan's template overrides put in the document that could reach outside it, each
 * located in the override that writes it. Documents of the default theme alone are not parsed:
 * their only input is escaped data.
 */
async function unsafeOverrides(theme: Theme, render: () => string): Promise<Diagnostic[]> {
  const overrides = await themeOverrides(theme);
  if (!overrides.length) return [];
  const { checkDocument, locateViolation } = await import("../render/document-check.js");
  const counts = new Map<string, number>();
  return checkDocument(render()).map((v) => ({
    code: "template/unsafe",
    severity: "error" as const,
    ...locateViolation(v, overrides, counts),
    hint: t("policy.hint"),
  }));
}

/** The files a build writes for a document: what the user asked for, and the page-number cache. */
function targetsOf(j: Job, formats: readonly OutputFormat[], printing: boolean): string[] {
  if (!printing) return [j.html];
  return [
    ...(formats.includes("html") ? [j.html] : []),
    ...(formats.includes("pdf") ? [j.pdf, j.pages] : []),
    ...(formats.includes("docx") ? [j.docx] : []),
  ];
}

/** The document as DOCX, from the HTML it prints, its drawings drawn by the browser. */
async function docxOf(
  j: Job,
  html: string,
  printer: Printer,
  options: BuildOptions,
  plan: { model: DocumentModel; locale: Locale },
): Promise<Uint8Array> {
  const step = timer(options.hooks);
  // Loaded here, so that a build that writes no DOCX does not load its library.
  const { figuresOnly, renderDocx } = await import("../render/docx.js");
  const figures = await step("figures", () =>
    printer.figures(figuresOnly(html), j.model.paper.textWidthMm),
  );
  const env = options.environment ?? {};
  return step("docx", () =>
    renderDocx(html, {
      paper: j.model.paper,
      metadata: documentMetadata(plan.model, j.document, plan.locale),
      date: buildDate(env.env ?? process.env, env.now),
      words: { toc: plan.locale.toc },
      figures,
    }),
  );
}

/** The page numbers an earlier build into the same folder found; null when there are none. */
async function readPages(file: string): Promise<Map<string, number> | null> {
  try {
    const data = JSON.parse(await readFile(file, "utf8")) as { version?: number; pages?: unknown };
    if (data.version !== 1 || typeof data.pages !== "object" || data.pages === null) return null;
    const pages = Object.entries(data.pages).filter(
      (e): e is [string, number] => Number.isInteger(e[1]) && (e[1] as number) > 0,
    );
    return pages.length ? new Map(pages) : null;
  } catch {
    return null;
  }
}

function pagesJson(pages: ReadonlyMap<string, number>): string {
  return `${JSON.stringify({ version: 1, pages: Object.fromEntries(pages) })}\n`;
}

/** SOURCE_DATE_EPOCH (seconds) when set, so builds are reproducible; else the clock. */
export function buildDate(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim()))
    return new Date(Number(epoch.trim()) * 1000);
  return now();
}
