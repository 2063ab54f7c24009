import type { Browser } from "puppeteer-core";
import { interrupted, MasterplanError } from "../diagnostics/masterplan-error.js";
import { INSTALL_HINT } from "./find-browser.js";
import { LAUNCH_FLAGS } from "./launch-flags.js";
import { readOutline } from "./pdf-outline.js";

export interface PrintJob {
  /** The HTML with these heading page numbers in its table of contents (null: not known yet). */
  render(tocPages: ReadonlyMap<string, number> | null): string;
}

export interface PrintOptions {
  browserPath: string;
  signal?: AbortSignal | undefined;
  /** Per browser operation; big documents need more than puppeteer's 30 s. */
  timeoutMs?: number;
  onStep?: (step: string, ms: number) => void;
  /** Width between the page margins; content wider than this makes Chromium shrink every page. */
  textWidthMm?: number;
}

export interface PrintResult {
  html: string;
  pdf: Uint8Array;
  passes: number;
  /** Requests the page tried to make and was refused. */
  blockedRequests: string[];
  /** Things the reader should know (a table of contents that could not be numbered). */
  notes: string[];
  /** Bookmark titles in outline order, as the headings read; null when they do not line up. */
  bookmarkTitles: string[] | null;
}

const MAX_PASSES = 3;

export interface Heading {
  anchor: string | null;
  /** The heading's text, with the spaces a reader sees. */
  text: string;
}

/** The h1–h6 elements in document order; Chromium makes one bookmark per heading. */
export function headings(html: string): Heading[] {
  return [...html.matchAll(/<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/g)].map((m) => ({
    anchor: /\bid="([^"]*)"/.exec(m[2] ?? "")?.[1] ?? null,
    text: decodeEntities((m[3] ?? "").replace(/<[^>]*>/g, ""))
      .replace(/\s+/g, " ")
      .trim(),
  }));
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(
          e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (named[e.toLowerCase()] ?? all),
  );
}

/**
 * Prints the document with one browser. Chromium cannot number a table of contents by CSS, so the
 * first pass prints with empty, fixed-width page cells; the page of each heading is read from the
 * PDF's bookmarks, written into the HTML, and the document printed again until the numbers hold.
 */
export async function printDocument(job: PrintJob, options: PrintOptions): Promise<PrintResult> {
  const timeout = options.timeoutMs ?? 180_000;
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    options.onStep?.(name, performance.now() - started);
    return result;
  };
  if (options.signal?.aborted) throw interrupted();
  const browser = await step("launch browser", () => launch(options.browserPath, timeout));
  const abort = () => void browser.close().catch(() => undefined);
  options.signal?.addEventListener("abort", abort, { once: true });
  if (options.signal?.aborted) abort();
  const blocked: string[] = [];
  const notes: string[] = [];
  try {
    let pages: Map<string, number> | null = null;
    for (let pass = 1; ; pass++) {
      if (options.signal?.aborted) throw interrupted();
      const html = job.render(pages);
      const printed = await step(`print pass ${pass}`, () =>
        printOnce(browser, html, { timeout, blocked, textWidthMm: options.textWidthMm }),
      );
      const pdf = printed.pdf;
      if (pass === 1 && printed.overflowPx > 0)
        notes.push(
          `Some content is ${printed.overflowPx} px wider than the text area, so Chromium printed every page smaller; ` +
            "look for a wide table or a long word without spaces.",
        );
      const found = headings(html);
      const outline = await readOutline(pdf);
      if (outline.length !== found.length) {
        notes.push(
          `The table of contents has no page numbers: the PDF has ${outline.length} bookmarks for ${found.length} headings.`,
        );
        return { html, pdf, passes: pass, blockedRequests: blocked, notes, bookmarkTitles: null };
      }
      const landed = new Map<string, number>();
      found.forEach(({ anchor }, i) => {
        const page = outline[i]?.page;
        if (anchor !== null && page) landed.set(anchor, page);
      });
      const done = {
        html,
        pdf,
        passes: pass,
        blockedRequests: blocked,
        notes,
        bookmarkTitles: found.map((h) => h.text),
      };
      if (pages !== null && sameNumbers(pages, landed)) return done;
      if (pass === MAX_PASSES) {
        notes.push(
          "Some table of contents page numbers may be off by a page: the layout kept moving between prints.",
        );
        return done;
      }
      pages = landed;
    }
  } catch (e) {
    if (options.signal?.aborted) throw interrupted();
    throw e;
  } finally {
    options.signal?.removeEventListener("abort", abort);
    await browser.close().catch(() => undefined);
  }
}

function sameNumbers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

async function launch(executablePath: string, timeout: number): Promise<Browser> {
  // Imported here so that commands which never print do not load the browser library.
  const puppeteer = await import("puppeteer-core");
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: LAUNCH_FLAGS,
      pipe: true,
      timeout,
      protocolTimeout: timeout,
      // The CLI closes the browser itself on Ctrl-C; puppeteer's handlers would exit the process.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      dumpio: false,
    });
  } catch (e) {
    const detail = String((e as Error).message ?? e)
      .split("\n")
      .find((line) => line.trim() && !/dbus|\[:|unexpected operator/i.test(line));
    throw new MasterplanError(
      `The browser at ${executablePath} could not be started${detail ? `: ${detail.trim()}` : ""}.`,
      INSTALL_HINT,
    );
  }
}

const PX_PER_MM = 96 / 25.4;

/**
 * One print on a fresh page, with scripts off and every request that is not inline refused.
 * The viewport is set to the text width, so content wider than the page shows as overflow.
 */
async function printOnce(
  browser: Browser,
  html: string,
  {
    timeout,
    blocked,
    textWidthMm,
  }: { timeout: number; blocked: string[]; textWidthMm: number | undefined },
): Promise<{ pdf: Uint8Array; overflowPx: number }> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.emulateMediaType("print");
    if (textWidthMm)
      await page.setViewport({ width: Math.floor(textWidthMm * PX_PER_MM), height: 1000 });
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("data:")) void request.continue();
      else {
        blocked.push(url);
        void request.abort("blockedbyclient");
      }
    });
    await page.setContent(html, { waitUntil: "load", timeout });
    await page.evaluate("document.fonts.ready");
    const overflowPx = textWidthMm
      ? Number(
          await page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth",
          ),
        )
      : 0;
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      timeout,
    });
    return { pdf: new Uint8Array(pdf), overflowPx };
  } finally {
    await page.close().catch(() => undefined);
  }
}
