import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { summarize } from "../diagnostics/diagnostic.js";
import { interrupted, MasterplanError } from "../diagnostics/masterplan-error.js";
import { loadSide, type LoadedSide } from "../diff/compare-plans.js";
import { diffPlans } from "../diff/plan-diff.js";
import { describeRevision } from "../load/git-plan.js";
import { loadTheme, themeOverrides, type Theme } from "../load/load-theme.js";
import { buildModel } from "../model/build-model.js";
import {
  chosenDocuments,
  documentMetadata,
  documentModel,
  outputName,
  type DocumentKind,
} from "../model/documents.js";
import type { ChangesInput } from "../model/changes.js";
import type { Locale } from "../model/locale.js";
import { BOOKMAN_DESIGN, FONT_INSTALL_HINT, PREFERRED_FONT } from "../load/theme-fonts.js";
import { checkDocument, locateViolation, withPolicy } from "../render/document-policy.js";
import { createRenderer, TemplateError, templateDiagnostic } from "../render/render-html.js";
import { findBrowser } from "../print/find-browser.js";
import { finishPdf } from "../print/finish-pdf.js";
import { fontFamilies } from "../print/pdf-fonts.js";
import { startBrowser, type BrowserSession } from "../print/browser-session.js";
import { printDocument } from "../print/print-document.js";
import { checkPlan } from "../validate/check-plan.js";
import type { PlanSources } from "../validate/plan-sources.js";
import { checkOutputs, writeFilesAtomically } from "../write/write-atomic.js";

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
  /**
   * `--max-memory`, in MB: the most the browser may be expected to use for this document.
   * Default: half of the machine's memory.
   */
  memoryBudgetMb?: number | undefined;
  /** `--max-minutes`, in ms: the longest the prints may be expected to take. */
  timeBudgetMs?: number | undefined;
  /** A browser started by the caller and shared by several builds; the caller closes it. */
  session?: BrowserSession | undefined;
  /** `--doc`: the documents to print, instead of those the manifest's `outputs` names. */
  document?: DocumentKind | "all" | undefined;
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
  /** Paths written, empty when the plan has errors. */
  written: string[];
  fonts: string[];
  /** The first document's pages. */
  pages: number | null;
  /** Each document printed, with its pages. */
  documents: Array<{ document: DocumentKind; pages: number }>;
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
  // The browser starts first, so that it is up by the time the plan is checked and rendered.
  // Where there is none, the plan's own problems are still reported first.
  let session: BrowserSession | null = null;
  let browserError: MasterplanError | null = null;
  if (options.only !== "html" && options.session) return buildWith(options.session, null);
  if (options.only !== "html") {
    try {
      const browserPath = findBrowser({ flag: options.browser, env });
      session = startBrowser(browserPath, {
        timeoutMs: BROWSER_TIMEOUT_MS,
        signal: options.signal,
      });
    } catch (e) {
      if (!(e instanceof MasterplanError)) throw e;
      browserError = e;
    }
  }
  try {
    return await buildWith(session, browserError);
  } finally {
    await session?.close();
  }

  async function buildWith(
    session: BrowserSession | null,
    browserError: MasterplanError | null,
  ): Promise<BuildResult> {
    const checked = await time("validate", () => checkPlan(options.dir));
    const result: BuildResult = {
      diagnostics: checked.diagnostics,
      texts: checked.texts,
      written: [],
      fonts: [],
      pages: null,
      documents: [],
      passes: 0,
      notes: [],
    };
    if (!checked.sources || summarize(checked.diagnostics).errors > 0) return result;
    if (browserError) throw browserError;
    const sources = checked.sources;

    const theme = await loadTheme(sources.root);
    const compared = options.changesSince
      ? await time("compare", () => changesSince(sources, options.changesSince!))
      : undefined;
    // An annex that left files of the earlier version out would list false changes.
    if (compared?.unread) {
      result.diagnostics = [...result.diagnostics, ...compared.unread.diagnostics];
      for (const [key, text] of compared.unread.texts) result.texts.set(key, text);
      return result;
    }
    const changes = compared?.changes;
    const model = await time("model", () =>
      buildModel(sources, { locale: theme.locale as Locale, paper: options.paper, changes }),
    );
    const name = sources.manifest.data.name;
    const documents = chosenDocuments(sources.manifest.data.outputs, options.document);
    const outputs: Array<{ path: string; data: string | Uint8Array }> = [];
    const caches = new Set<string>();
    try {
      // Each document's layout is compiled once for all its print passes; a broken template
      // surfaces on the first render. Every document carries its policy: it loads nothing
      // from outside, wherever it is opened.
      const jobs = documents.map((document) => {
        const renderer = createRenderer(theme, document);
        const base = path.join(options.outDir, outputName(name, document));
        const own = documentModel(model, document);
        return {
          document,
          model: own,
          renderer,
          render: (tocPages: ReadonlyMap<string, number> | null) =>
            withPolicy(renderer(own, { tocPages })),
          html: `${base}.html`,
          pdf: `${base}.pdf`,
          pages: path.join(options.outDir, `.${outputName(name, document)}.pages.json`),
        };
      });
      // A plan's own templates are as untrusted as its YAML: what they write is checked first.
      for (const job of jobs) {
        const unsafe = await unsafeOverrides(theme, () =>
          job.renderer(job.model, { tocPages: null }),
        );
        if (unsafe.length) {
          result.diagnostics = [...result.diagnostics, ...unsafe];
          return result;
        }
      }
      // A folder that cannot take the outputs is found before the print, not after it.
      await checkOutputs(jobs.flatMap((job) => outputTargets(job, options.only, session !== null)));
      for (const job of jobs) {
        if (!session) {
          outputs.push({ path: job.html, data: await time("render", () => job.render(null)) });
          continue;
        }
        const printed = await printDocument(
          { render: job.render },
          {
            browser: session.browser,
            signal: options.signal,
            onStart: options.onStart,
            onStep: options.onStep,
            textWidthMm: job.model.paper.textWidthMm,
            timeoutMs: BROWSER_TIMEOUT_MS,
            memoryBudgetMb: options.memoryBudgetMb,
            timeBudgetMs: options.timeBudgetMs,
            guess: await readPages(job.pages),
          },
        );
        const { pdf, pages, fonts, removedLinks } = await time("finish pdf", () =>
          finishPdf(printed.doc, {
            ...documentMetadata(model, job.document, theme.locale as Locale),
            creator: `masterplan ${options.version ?? ""}`.trim(),
            paper: job.model.paper,
            bookmarkTitles: printed.bookmarkTitles,
            date: buildDate(env, options.now),
          }),
        );
        // The first document speaks for the fonts, passes and pages of the build.
        if (result.pages === null) {
          result.fonts = fontFamilies(fonts);
          result.passes = printed.passes;
          result.pages = pages;
          if (theme.fonts.problem) result.notes.push(`${theme.fonts.problem}.`);
          result.notes.push(...fontNotes(result.fonts, theme.fonts.embedded));
        }
        result.documents.push({ document: job.document, pages });
        const about = documents.length > 1 ? `${job.document}: ` : "";
        result.notes.push(...printed.notes.map((n) => `${about}${n}`));
        if (printed.blockedRequests.length)
          result.notes.push(
            `${about}Refused ${printed.blockedRequests.length} network request(s) from the document.`,
          );
        if (removedLinks.length)
          result.notes.push(
            `${about}Removed ${removedLinks.length} link(s) that led neither to an http(s) address nor into the document: ${[...new Set(removedLinks)].slice(0, 3).join(", ")}.`,
          );
        const type3 = fonts.filter((f) => f.subtype === "Type3").map((f) => f.name);
        if (type3.length)
          result.notes.push(
            `${about}Some fonts were embedded as Type 3, which print shops reject: ${type3.join(", ")}.`,
          );
        if (options.only !== "pdf") outputs.push({ path: job.html, data: printed.html });
        outputs.push({ path: job.pdf, data: pdf });
        // The headings' pages, so that the next build into this folder prints once.
        outputs.push({ path: job.pages, data: pagesJson(printed.pages) });
        caches.add(job.pages);
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
    // The page-number caches ride along with the documents; the user asked for the documents.
    result.written = outputs.map((o) => o.path).filter((p) => !caches.has(p));
    return result;
  }
}

/**
 * What the plan's template overrides put in the document that could reach outside it, each
 * located in the override that writes it. Documents of the default theme alone are not parsed:
 * their only input is escaped data.
 */
async function unsafeOverrides(theme: Theme, render: () => string): Promise<Diagnostic[]> {
  const overrides = await themeOverrides(theme);
  if (!overrides.length) return [];
  const counts = new Map<string, number>();
  return checkDocument(render()).map((v) => {
    return {
      code: "template/unsafe",
      severity: "error" as const,
      ...locateViolation(v, overrides, counts),
      hint: "Remove it from the template override: the document is printed offline and may only link to http(s) addresses.",
    };
  });
}

/** The files a build writes for a document: what the user asked for, and the page-number cache. */
function outputTargets(
  job: { html: string; pdf: string; pages: string },
  only: BuildOptions["only"],
  printing: boolean,
): string[] {
  if (!printing) return [job.html];
  return only === "pdf" ? [job.pdf, job.pages] : [job.html, job.pdf, job.pages];
}

/** Per browser operation: a long document needs more than puppeteer's 30 s. */
export const BROWSER_TIMEOUT_MS = 180_000;

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

/**
 * The plan at a revision, compared with the plan being built; or, when a file of the revision
 * could not be read, the problems that leave it out.
 */
async function changesSince(
  sources: PlanSources,
  rev: string,
): Promise<{ changes?: Omit<ChangesInput, "head">; unread?: LoadedSide }> {
  const [base, version] = await Promise.all([
    loadSide(sources.root, { revision: rev, label: rev }),
    describeRevision(sources.root, rev),
  ]);
  if (base.diagnostics.some((d) => d.severity === "error")) return { unread: base };
  return {
    changes: {
      diff: diffPlans(base.partial, sources, { base: rev, head: "working tree" }),
      base: base.partial,
      version,
    },
  };
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
