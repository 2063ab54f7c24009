import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { launchBrowser, type LaunchedBrowser } from "./launch-browser.js";
import { findBrowser } from "./find-browser.js";
import { finishPdf, type PdfMetadata } from "./finish-pdf.js";
import { PdfError } from "./pdf-file.js";
import type { PdfFont } from "./pdf-fonts.js";
import {
  documentFigures,
  printDocument,
  type Figure,
  type PrintJob,
  type PrintNote,
  type PrintOptions,
} from "./print-document.js";
import { t } from "../i18n/language.js";

/** Per browser operation: a long document needs more than puppeteer's 30 s. */
export const BROWSER_TIMEOUT_MS = 180_000;

export interface PrinterOptions {
  /** `--browser`; else PUPPETEER_EXECUTABLE_PATH, else the system's usual places. */
  browser?: string | undefined;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal | undefined;
}

/** A document to print: its HTML for given page numbers, and what the finished PDF carries. */
export interface PrintRequest extends PrintJob {
  metadata: Omit<PdfMetadata, "bookmarkTitles">;
  /** Width between the page margins; content wider than this makes Chromium shrink every page. */
  textWidthMm: number;
  /** The page of each heading as an earlier build found them (see `PrintOptions.guess`). */
  guess: ReadonlyMap<string, number> | null;
  /**
   * Nothing else will ask this printer for the browser: it is closed as soon as the print is
   * done, and shuts down while the PDF is finished.
   */
  last?: boolean;
}

/** How long and how large a print may be, and who hears of its steps. */
export type PrintSettings = Pick<
  PrintOptions,
  "memoryBudgetMb" | "timeBudgetMs" | "partElements" | "onStart" | "onStep"
>;

/** A printed, finished document. */
export interface Printed {
  /** The HTML as it printed, with its final page numbers. */
  html: string;
  pdf: Uint8Array;
  pages: number;
  /** The page of each heading, for the next build into the same folder. */
  headingPages: Map<string, number>;
  passes: number;
  fonts: PdfFont[];
  blockedRequests: string[];
  removedLinks: string[];
  notes: PrintNote[];
}

/**
 * The one owner of the browser. It starts the browser when it is made, so that the browser
 * comes up while the plan is still being checked, and prints every document of a build or of a
 * portfolio of plans. A browser that cannot be found or started is reported when a document
 * first needs printing, after the plan's own problems, the same way for one plan or many.
 */
export class Printer {
  /** The browser's version, read before a close that follows the last print (`last`). */
  private versionAtClose: string | null | undefined;

  private constructor(
    private readonly executable: string | null,
    private readonly session: BrowserSession | null,
    private readonly missing: MasterplanError | null,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** Finds the browser and starts it. */
  static start(options: PrinterOptions): Printer {
    let executable: string;
    try {
      executable = findBrowser({ flag: options.browser, env: options.env });
    } catch (e) {
      if (!(e instanceof MasterplanError)) throw e;
      return new Printer(null, null, e, options.signal);
    }
    const session = startBrowser(executable, {
      timeoutMs: BROWSER_TIMEOUT_MS,
      signal: options.signal,
    });
    return new Printer(executable, session, null, options.signal);
  }

  /** Throws, at once, when no browser was found: a build says so before it renders anything. */
  unavailable(): void {
    if (this.missing) throw this.missing;
  }

  /** The browser's version, once it has started; fails as a print would. */
  async version(): Promise<string> {
    return (await this.launched()).browser.version();
  }

  /** Whether the browser could not be started: then every document fails alike. */
  async failed(): Promise<boolean> {
    return this.launched().then(
      () => false,
      () => true,
    );
  }

  /** Prints a document and finishes its PDF: metadata, exact page size, compressed objects. */
  async print(request: PrintRequest, settings: PrintSettings): Promise<Printed> {
    try {
      const printed = await printDocument(request, {
        ...settings,
        browser: this.launched(),
        signal: this.signal,
        timeoutMs: BROWSER_TIMEOUT_MS,
        textWidthMm: request.textWidthMm,
        guess: request.guess,
      });
      if (request.last) {
        // Named in an error about the PDF below, which the browser is then gone to answer.
        this.versionAtClose = await this.version().catch(() => null);
        void this.close();
        // Let the close reach the browser before the finishing holds the thread.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const done = finishPdf(printed.doc, {
        ...request.metadata,
        bookmarkTitles: printed.bookmarkTitles,
      });
      return {
        html: printed.html,
        pdf: done.pdf,
        pages: done.pages,
        headingPages: printed.pages,
        passes: printed.passes,
        fonts: done.fonts,
        blockedRequests: printed.blockedRequests,
        removedLinks: done.removedLinks,
        notes: printed.notes,
      };
    } catch (e) {
      if (e instanceof PdfError) throw await this.unreadable(e);
      throw e;
    }
  }

  /** A document's drawings as images, for the DOCX (see `documentFigures`). */
  async figures(html: string, textWidthMm: number): Promise<Figure[]> {
    const { browser } = await this.launched();
    return documentFigures(browser, html, textWidthMm, BROWSER_TIMEOUT_MS);
  }

  async close(): Promise<void> {
    await this.session?.close();
  }

  private launched() {
    if (this.missing || !this.session) return Promise.reject(this.missing);
    return this.session.browser;
  }

  /**
   * A PDF the finisher cannot read comes from a browser that writes PDFs otherwise (another
   * cross-reference form): the environment's problem, named with the browser and its version.
   */
  private async unreadable(e: PdfError): Promise<MasterplanError> {
    const version =
      this.versionAtClose !== undefined
        ? this.versionAtClose
        : await this.version().catch(() => null);
    return unreadablePdf(e, `${version ?? t("browser.the-browser")} (${this.executable})`);
  }
}

/** A PDF the finisher cannot read: an environment error naming the browser that printed it. */
export function unreadablePdf(e: PdfError, browser: string): MasterplanError {
  return new MasterplanError(
    t("print.unreadable", { browser, problem: e.message }),
    t("print.unreadable-hint"),
  );
}

/** A browser being started, and the one way to stop it: on every path, exactly once. */
interface BrowserSession {
  browser: Promise<LaunchedBrowser>;
  close(): Promise<void>;
}

/** How long a browser may take to start before it is given up. */
const LAUNCH_TIMEOUT_MS = 45_000;

/** The longest a single call to the browser may take: an hour, past any document's steps. */
const PROTOCOL_TIMEOUT_MS = 3_600_000;

/**
 * Starts the browser now, so that it comes up while the plan is still being checked and
 * rendered. An abort (Ctrl-C) closes it at once, which makes any work on it fail fast.
 */
function startBrowser(
  executablePath: string,
  { timeoutMs, signal }: { timeoutMs: number; signal?: AbortSignal | undefined },
): BrowserSession {
  const browser = launchBrowser(executablePath, {
    launchTimeoutMs: Math.min(LAUNCH_TIMEOUT_MS, timeoutMs),
    // Each step of a print has a deadline in proportion to the document (print-document.ts);
    // the protocol's own limit only stops a call nothing else bounds, so it is never the
    // shorter of the two.
    protocolTimeoutMs: Math.max(timeoutMs, PROTOCOL_TIMEOUT_MS),
    signal,
  });
  // Whoever awaits it sees a failure; until then, it must not count as unhandled.
  browser.catch(() => undefined);
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      signal?.removeEventListener("abort", onAbort);
      const launched = await browser.catch(() => null);
      await launched?.close();
    })());
  const onAbort = () => {
    // Kill at once: a page in the middle of a print fails fast instead of finishing.
    void browser.then(
      (b) => b.kill(),
      () => undefined,
    );
    void close();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) void close();
  return { browser, close };
}
