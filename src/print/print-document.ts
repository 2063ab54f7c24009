import type { Browser } from "puppeteer-core";
import { interrupted } from "../diagnostics/masterplan-error.js";
import { launchBrowser } from "./launch-browser.js";
import { FIND_OVERFLOW, overflowNote, type Overflow } from "./overflow.js";
import { readDestinations } from "./pdf-destinations.js";

export interface PrintJob {
  /** The HTML with these heading page numbers in its table of contents (null: not known yet). */
  render(tocPages: ReadonlyMap<string, number> | null): string;
}

export interface PrintOptions {
  browserPath: string;
  signal?: AbortSignal | undefined;
  /** Per browser operation; big documents need more than puppeteer's 30 s. */
  timeoutMs?: number;
  onStart?: (step: string) => void;
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
  /** Bookmark titles in outline order, as the headings read. */
  bookmarkTitles: string[];
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
 * first pass prints with empty, fixed-width page cells; the page each entry's link lands on is
 * read from the PDF's named destinations, written into the HTML, and the document printed again
 * (tagged, with bookmarks) until the numbers hold.
 */
export async function printDocument(job: PrintJob, options: PrintOptions): Promise<PrintResult> {
  const timeout = options.timeoutMs ?? 180_000;
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    options.onStart?.(name);
    const started = performance.now();
    const result = await work();
    options.onStep?.(name, performance.now() - started);
    return result;
  };
  if (options.signal?.aborted) throw interrupted();
  const browser = await step("launch browser", () => launchBrowser(options.browserPath, timeout));
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
      // Only the final print needs tags and bookmarks; an untagged print lays out the same
      // and takes half the time, which is all the first pass is for.
      const final = pages !== null;
      const printed = await step(`print pass ${pass}`, () =>
        printOnce(browser, html, { timeout, blocked, textWidthMm: options.textWidthMm, final }),
      );
      if (pass === 1 && printed.overflow.px > 0) notes.push(overflowNote(printed.overflow));
      const landed = await readDestinations(printed.pdf);
      if (final) {
        if (landed.size === 0 || sameNumbers(pages!, landed))
          return result(html, printed.pdf, pass);
        if (pass >= MAX_PASSES) {
          notes.push(
            "Some table of contents page numbers may be off by a page: the layout kept moving between prints.",
          );
          return result(html, printed.pdf, pass);
        }
      } else if (landed.size === 0) {
        notes.push("The table of contents has no page numbers: the PDF has no link destinations.");
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

  function result(html: string, pdf: Uint8Array, passes: number): PrintResult {
    return {
      html,
      pdf,
      passes,
      blockedRequests: blocked,
      notes,
      bookmarkTitles: headings(html).map((h) => h.text),
    };
  }
}

function sameNumbers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
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
    final,
  }: { timeout: number; blocked: string[]; textWidthMm: number | undefined; final: boolean },
): Promise<{ pdf: Uint8Array; overflow: Overflow }> {
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
    const overflow: Overflow = textWidthMm
      ? ((await page.evaluate(FIND_OVERFLOW)) as Overflow)
      : { px: 0, culprit: null };
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: final,
      tagged: final,
      timeout,
    });
    return { pdf: new Uint8Array(pdf), overflow };
  } finally {
    await page.close().catch(() => undefined);
  }
}
