import type { Browser, Page } from "puppeteer-core";
import { interrupted, MasterplanError } from "../diagnostics/masterplan-error.js";
import { stderrSummary, type LaunchedBrowser } from "./launch-browser.js";
import { FIND_OVERFLOW, type Overflow } from "./overflow.js";
import {
  anchorsFor,
  APPLY_SPLITS,
  isRowAnchor,
  landedRows,
  LINK_ROWS,
  MARK_ROWS,
  sameSplits,
  splitsFrom,
  type MarkedTable,
  type Splits,
} from "./continued-tables.js";
import { destinationsOf, pageNumbers } from "./pdf-destinations.js";
import { PdfFile } from "./pdf-file.js";
import {
  DEFAULT_TIME_BUDGET_MS,
  defaultMemoryBudgetMb,
  printCost,
  type PrintCost,
} from "./print-cost.js";
import { language, t } from "../i18n/language.js";
import { headings } from "./headings.js";
import { PART_ELEMENTS, printInParts } from "./print-parts.js";
import { splitDocument } from "./split-document.js";

export interface PrintJob {
  /** The HTML with these heading page numbers in its table of contents (null: not known yet). */
  render(tocPages: ReadonlyMap<string, number> | null): string;
}

export interface PrintOptions {
  /** The browser, started by the caller (early, while the plan is checked) and closed by it. */
  browser: LaunchedBrowser | Promise<LaunchedBrowser>;
  signal?: AbortSignal | undefined;
  /**
   * Per step (load, each print): past it the browser is killed and the build fails, so that no
   * document, however hostile, keeps a build running for good.
   */
  timeoutMs?: number;
  /**
   * The memory, in MB, Chromium may be expected to use for this document (see print-cost.ts).
   * A larger document is refused before the browser loads it, with a way forward.
   */
  memoryBudgetMb?: number;
  /** The time the prints may be expected to take (see print-cost.ts); a longer one is refused. */
  timeBudgetMs?: number;
  onStart?: (step: string) => void;
  onStep?: (step: string, ms: number) => void;
  /** Width between the page margins; content wider than this makes Chromium shrink every page. */
  textWidthMm?: number;
  /**
   * The page of each heading as an earlier build found them: the document is printed once,
   * final, with these numbers, and again only if the headings landed elsewhere.
   */
  guess?: ReadonlyMap<string, number> | null;
  /**
   * The most elements a part of the document may have: a longer document is printed in parts
   * (split-document.ts). Tests set it low, to split a short plan the way a long one is.
   */
  partElements?: number;
  /** The prefix of the ids given to table rows (a part's, to keep them apart from others'). */
  rowPrefix?: string;
  /** Find where the tables break with a first print, as for a table of contents. */
  findPagesFirst?: boolean;
  /**
   * A part of a document printed in parts: the number of its first page, awaited before its
   * final print (the parts before it may still be printing), and its number of pages, told
   * as soon as a print has found it.
   */
  part?: { firstPage(): Promise<number>; pageCount(pages: number): void };
}

export interface PrintResult {
  html: string;
  /** The final PDF as Chromium printed it, parsed once; the caller finishes it. */
  doc: PdfFile;
  /** The page of each heading in the final PDF. */
  pages: Map<string, number>;
  passes: number;
  /** Requests the page tried to make and was refused. */
  blockedRequests: string[];
  /** Things the reader should know (a table of contents that could not be numbered). */
  notes: PrintNote[];
  /** Bookmark titles in outline order, as the headings read. */
  bookmarkTitles: string[];
}

const MAX_PASSES = 3;

/**
 * What a print tells the reader: content wider than the text area (Chromium then prints every
 * page smaller), a table of contents without page numbers (no link destinations), or one whose
 * numbers kept moving between prints (some may be off by a page).
 */
export type PrintNote =
  { code: "overflow"; overflow: Overflow } | { code: "toc-unnumbered" } | { code: "toc-moving" };

/**
 * Prints the document. Chromium cannot number a table of contents by CSS, so the page each
 * heading lands on is read back from the PDF's named destinations. The page is loaded once:
 * a first print, untagged and with nothing painted (`findPrint`), finds the pages unless an
 * earlier build's numbers are given, the numbers are written into the loaded page's table of
 * contents in place, and the final print (tagged, with bookmarks) is repeated only while the
 * numbers still move.
 */
export async function printDocument(job: PrintJob, options: PrintOptions): Promise<PrintResult> {
  if (options.signal?.aborted) throw interrupted();
  const first = job.render(options.guess ?? null);
  const parts = splitDocument(first, options.partElements ?? PART_ELEMENTS);
  if (parts) return printInParts(job, options, { first, parts }, printWhole);
  return printWhole(job, options, first);
}

/** Prints a document in one piece (see `printDocument`); `first` is its first render. */
async function printWhole(
  job: PrintJob,
  options: PrintOptions,
  first = job.render(options.guess ?? null),
): Promise<PrintResult> {
  const check = () => {
    if (options.signal?.aborted) throw interrupted();
  };
  const { numbered, timeout } = firstRender(first, options);
  let pages: ReadonlyMap<string, number> | null =
    numbered || options.findPagesFirst ? (options.guess ?? null) : new Map();
  const { launched, step, bounded } = await steps(options, timeout);
  const browser = launched.browser;
  const blocked: string[] = [];
  const notes: PrintNote[] = [];
  try {
    check();
    const page = await step("load page", async () => {
      const page = await openPage(browser, blocked, options.textWidthMm);
      await page.setContent(first, { waitUntil: "load", timeout });
      await page.evaluate("document.fonts.ready");
      return page;
    });
    const tables = await bounded("mark", () => measure(page, options, notes));
    const guessed = pages !== null && pages.size > 0;
    const rows = continuations(tables, guessed ? pages : null, (name, script, arg) =>
      bounded(name, () => page.evaluate(`(${script})(${JSON.stringify(arg)})`)),
    );
    const toc = headingsOnly(tables);
    for (let pass = 1; ; pass++) {
      check();
      // A print that paints nothing lays out the same, in less time: enough to find pages.
      const final = pages !== null;
      await rows.ready(pages);
      if (final && options.part) await numberFrom(page, await options.part.firstPage());
      const pdf = await step(`print pass ${pass}`, () =>
        final ? printPage(page, true, timeout) : findPrint(page, timeout),
      );
      if (!final) {
        const landed = found(pdf, options);
        if (numbered && toc(landed).size === 0) notes.push({ code: "toc-unnumbered" });
        pages = landed;
        await bounded("number", () => writeNumbers(page, landed));
        continue;
      }
      const doc = new PdfFile(pdf);
      const landed = destinationsOf(doc);
      const numbers = toc(landed);
      const held = rows.held(landed);
      const settled =
        (!numbered || numbers.size === 0 || sameNumbers(toc(pages!), numbers)) && held;
      // A split the few linked rows showed not to hold takes one more print, every row linked.
      if (settled || pass >= MAX_PASSES + (rows.everyRow ? 1 : 0)) {
        if (!settled) notes.push({ code: "toc-moving" });
        await page.close().catch(() => undefined);
        // A build whose guess held prints the HTML it first rendered: no need to render it again.
        const html = pages === options.guess && numbered ? first : job.render(pages);
        return { ...printed(html, doc, landed), passes: pass, blockedRequests: blocked, notes };
      }
      // An earlier build's pages that no longer hold: the tables are split where this print's
      // own rows fall, which the splits made from the guess may have moved; start afresh.
      if (guessed && pass === 1) {
        await rows.unsplit();
        pages = null;
        continue;
      }
      pages = landed;
      await bounded("number", () => writeNumbers(page, landed));
    }
  } catch (e) {
    check();
    throw browserFailure(e, launched);
  }
}

/** The final print's HTML and PDF, where its anchors landed, and its bookmarks' titles. */
function printed(html: string, doc: PdfFile, pages: Map<string, number>) {
  return { html, doc, pages, bookmarkTitles: headings(html).map((h) => h.text) };
}

/**
 * The browser, and steps on it that each race a deadline: when one passes, the browser is
 * killed and the step fails. `step` is timed for the progress shown; `bounded` is not.
 */
async function steps(options: PrintOptions, timeout: number) {
  const launched = await timed(options, "launch browser", async () => options.browser);
  const bounded = <T>(name: string, work: () => Promise<T>): Promise<T> =>
    withDeadline(work(), timeout, launched, name);
  const step = <T>(name: string, work: () => Promise<T>): Promise<T> =>
    timed(options, name, () => bounded(name, work));
  return { launched, step, bounded };
}

/** The pages of the headings alone, without the table rows marked as anchors. */
function headingsOnly(tables: readonly MarkedTable[]) {
  const rows = new Set(tables.flatMap((t) => t.rows));
  return (m: ReadonlyMap<string, number>) =>
    new Map([...m].filter(([name]) => !rows.has(name) && !isRowAnchor(name)));
}

/**
 * The tables of the loaded page: split as the pages known say before a final print, with the
 * rows that print must find linked (every row for a print that finds the pages; the few that
 * prove the splits for a final one, until they once fail to), and whether the splits held.
 */
function continuations(
  tables: readonly MarkedTable[],
  guess: ReadonlyMap<string, number> | null,
  run: (step: string, script: string, arg: unknown) => Promise<unknown>,
) {
  const splits = splitter((want) => run("continue", APPLY_SPLITS, [...want]));
  const links = linker((ids) => run("link", LINK_ROWS, ids));
  // The rows whose pages the pages known hold: those the print they came from linked.
  let known = guess ? landedRows(tables, guess) : tables;
  let everyRow = false;
  return {
    get everyRow() {
      return everyRow;
    },
    async ready(pages: ReadonlyMap<string, number> | null): Promise<void> {
      if (pages !== null) await splits.apply(splitsFrom(known, pages));
      known = pages !== null && !everyRow ? anchorsFor(tables, splits.applied) : tables;
      await links.apply(known);
    },
    held(landed: ReadonlyMap<string, number>): boolean {
      const held = sameSplits(splitsFrom(known, landed), splits.applied);
      if (!held) everyRow = true;
      return held;
    },
    /** Starts afresh: no split, and the next print links every row to find the pages. */
    async unsplit(): Promise<void> {
      everyRow = false;
      await splits.apply(new Map());
    },
  };
}

/** The rows linked in the loaded page; a change is applied only when it is one. */
function linker(linkIn: (ids: string[]) => Promise<unknown>) {
  let applied: string[] | null = null;
  return {
    async apply(tables: readonly MarkedTable[]): Promise<void> {
      const ids = tables.flatMap((t) => t.rows);
      if (applied && ids.length === applied.length && ids.every((id, i) => id === applied![i]))
        return;
      await linkIn(ids);
      applied = ids;
    },
  };
}

/** The tables' splits as they stand in the loaded page; a change is applied only when it is one. */
function splitter(applyIn: (want: Splits) => Promise<unknown>) {
  let applied: Splits = new Map();
  return {
    get applied(): Splits {
      return applied;
    },
    async apply(want: Splits): Promise<void> {
      if (sameSplits(want, applied)) return;
      await applyIn(want);
      applied = want;
    },
  };
}

/**
 * Notes what runs past the text width (when there is one to check), and marks the tables that
 * may continue onto a next page, with the rows a page can begin with.
 */
async function measure(
  page: Page,
  { textWidthMm, rowPrefix }: Pick<PrintOptions, "textWidthMm" | "rowPrefix">,
  notes: PrintNote[],
) {
  if (textWidthMm) {
    const overflow = (await page.evaluate(FIND_OVERFLOW)) as Overflow;
    if (overflow.px > 0) notes.push({ code: "overflow", overflow });
  }
  return (await page.evaluate(
    `(${MARK_ROWS})(${JSON.stringify(rowPrefix ?? "")})`,
  )) as MarkedTable[];
}

/**
 * The document rendered with the numbers known so far (while the browser may still be
 * starting), refused before the browser loads it when it would need more memory or time than
 * allowed. A long document gets steps as long as its size needs.
 */
function firstRender(first: string, options: PrintOptions) {
  // A document without a table of contents has no page numbers to find: one final print.
  const numbered = first.includes("data-toc-page=");
  const cost = printCost(first, options.timeoutMs ?? 180_000);
  const budget = options.memoryBudgetMb ?? defaultMemoryBudgetMb();
  // The browser is not needed then: the caller lets it go if it is this build's own.
  if (cost.browserMb > budget) throw tooLarge(cost, budget);
  const timeBudget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (cost.printMs > timeBudget) throw tooSlow(cost, timeBudget);
  return { numbered, timeout: cost.stepMs };
}

export function tooLarge(cost: PrintCost, budgetMb: number): MasterplanError {
  const gb = (mb: number) => (mb / 1024).toFixed(1);
  return new MasterplanError(
    t("print.too-large-memory", {
      elements: cost.elements.toLocaleString(language() === "id" ? "id-ID" : "en"),
      need: gb(cost.browserMb),
      allowed: gb(budgetMb),
    }),
    t("print.too-large-memory-hint"),
  );
}

export function tooSlow(cost: PrintCost, budgetMs: number): MasterplanError {
  const time = (ms: number) =>
    ms >= 90_000
      ? t("print.minutes", { n: Math.round(ms / 60_000) })
      : t("print.seconds", { n: Math.max(1, Math.round(ms / 1000)) });
  return new MasterplanError(
    t("print.too-slow", {
      elements: cost.elements.toLocaleString(language() === "id" ? "id-ID" : "en"),
      need: time(cost.printMs),
      allowed: time(budgetMs),
    }),
    t("print.too-slow-hint"),
  );
}

export async function timed<T>(
  options: Pick<PrintOptions, "onStart" | "onStep">,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  options.onStart?.(name);
  const started = performance.now();
  const result = await work();
  options.onStep?.(name, performance.now() - started);
  return result;
}

function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  launched: LaunchedBrowser,
  name: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      launched.kill();
      reject(
        new MasterplanError(
          t("print.deadline", { step: name, seconds: Math.round(ms / 1000) }),
          t("print.deadline-hint"),
        ),
      );
    }, ms);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e as Error);
      },
    );
  });
}

/** Errors of the browser's own making (it crashed, or the connection broke) are the environment's. */
function browserFailure(e: unknown, launched: LaunchedBrowser): unknown {
  if (e instanceof MasterplanError) return e;
  const name = e instanceof Error ? e.name : "";
  const message = e instanceof Error ? e.message : String(e);
  if (/Execution context was destroyed|frame was detached|navigat/i.test(message))
    return new MasterplanError(t("print.left-page"), t("print.left-page-hint"));
  if (
    launched.browser.connected &&
    !["ProtocolError", "TargetCloseError", "TimeoutError", "ConnectionClosedError"].includes(name)
  )
    return e;
  const said = stderrSummary(launched.stderr());
  return new MasterplanError(
    `${t("print.failed", { problem: message.split("\n")[0]! })}${said ? `\n${t("browser.it-said")}\n${said}` : ""}`,
    t("print.failed-hint"),
  );
}

/** Where a print that finds pages put every anchor; a part's printer hears its page count. */
function found(pdf: Uint8Array, options: PrintOptions): Map<string, number> {
  const doc = new PdfFile(pdf);
  options.part?.pageCount(pageNumbers(doc).length);
  return destinationsOf(doc);
}

/** Numbers a loaded part's pages from `first` (split-document.ts marks the rule to change). */
async function numberFrom(page: Page, first: number): Promise<void> {
  await page.evaluate(
    `document.querySelector("style[data-mp-first-page]").textContent = "html { counter-reset: page ${first - 1}; }"`,
  );
}

/**
 * Writes page numbers into the loaded page's table of contents, where the template marked them
 * (`data-toc-page`): the same text a render with these numbers would hold, without loading the
 * page again.
 */
async function writeNumbers(page: Page, pages: ReadonlyMap<string, number>): Promise<void> {
  await page.evaluate(
    `(() => {
      const pages = ${JSON.stringify(Object.fromEntries(pages))};
      for (const cell of document.querySelectorAll("[data-toc-page]"))
        cell.textContent = String(pages[cell.getAttribute("data-toc-page")] ?? "");
    })()`,
  );
}

export function sameNumbers(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

const PX_PER_MM = 96 / 25.4;

/**
 * A fresh page with scripts off and every request that is not inline refused. The viewport is
 * set to the text width, so content wider than the page shows as overflow.
 */
async function openPage(
  browser: Browser,
  blocked: string[],
  textWidthMm: number | undefined,
): Promise<Page> {
  const page = await browser.newPage();
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
  return page;
}

async function printPage(page: Page, final: boolean, timeout: number): Promise<Uint8Array> {
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    outline: final,
    tagged: final,
    timeout,
  });
  return new Uint8Array(pdf);
}

/**
 * Everything hidden: `visibility` changes no box, so the pages break as they will in the final
 * print, and every anchor still writes its named destination, but nothing is painted. Measured
 * on the bundled plan in a build, such a print takes 0.3 s against 0.45 s for a plain untagged
 * one (and 1 s for the final, tagged print): what is left is the layout.
 */
const HIDE_ALL = "*, *::before, *::after, *::marker { visibility: hidden !important; }";

/**
 * A print that finds where the anchors land: untagged, and with nothing painted (`HIDE_ALL`).
 * The rule is removed again, so the page the final print sees is the one that was loaded.
 */
export async function findPrint(page: Page, timeout: number): Promise<Uint8Array> {
  const hide = `(on) => {
    if (!on) return document.querySelector("style[data-mp-find]")?.remove();
    const style = document.createElement("style");
    style.setAttribute("data-mp-find", "");
    style.textContent = ${JSON.stringify(HIDE_ALL)};
    document.head.appendChild(style);
  }`;
  await page.evaluate(`(${hide})(true)`);
  try {
    return await printPage(page, false, timeout);
  } finally {
    await page.evaluate(`(${hide})(false)`).catch(() => undefined);
  }
}

/** A figure of a document as an image: its PNG and its size on the page, in CSS pixels. */
export interface Figure {
  png: Uint8Array;
  width: number;
  height: number;
}

/**
 * Every drawing (`svg`) of a document, in document order, as a PNG at twice its size on the
 * page, for a renderer that cannot draw SVG itself (the DOCX). The page loads as it prints: its
 * own styles, scripts off, nothing from outside.
 */
export async function documentFigures(
  browser: Browser,
  html: string,
  textWidthMm: number,
  timeoutMs: number,
): Promise<Figure[]> {
  const page = await openPage(browser, [], undefined);
  try {
    await page.setViewport({
      width: Math.floor(textWidthMm * PX_PER_MM),
      height: 1000,
      deviceScaleFactor: 2,
    });
    await page.setContent(html, { waitUntil: "load", timeout: timeoutMs });
    await page.evaluate("document.fonts.ready");
    const out: Figure[] = [];
    for (const svg of await page.$$("svg")) {
      const box = await svg.boundingBox();
      if (!box || box.width < 1 || box.height < 1) {
        out.push({ png: new Uint8Array(), width: 0, height: 0 });
        continue;
      }
      const png = await svg.screenshot({ type: "png", omitBackground: false });
      out.push({ png: new Uint8Array(png), width: box.width, height: box.height });
    }
    return out;
  } finally {
    await page.close();
  }
}
