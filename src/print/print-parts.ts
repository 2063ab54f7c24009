import { interrupted } from "../diagnostics/masterplan-error.js";
import { decodeEntities, headings } from "./headings.js";
import { joinPdfs } from "./join-pdf.js";
import { pageNumbers } from "./pdf-destinations.js";
import {
  DEFAULT_TIME_BUDGET_MS,
  defaultMemoryBudgetMb,
  PARTS_AT_ONCE,
  partsCost,
} from "./print-cost.js";
import {
  sameNumbers,
  timed,
  tooLarge,
  tooSlow,
  type PrintJob,
  type PrintNote,
  type PrintOptions,
  type PrintResult,
} from "./print-document.js";
import { splitDocument, type DocumentPart } from "./split-document.js";

/**
 * The most elements a part of a document printed in parts may have. Chromium's print time
 * grows faster than the elements (print-cost.ts), and two parts print at once, one on each of
 * two cores: measured here, a plan of 360 programs (59,000 elements) builds in 10 s in parts
 * against 13 s printed whole (a bare print of it takes 11.5 s), and the bundled plan (12,000)
 * in 3.1 s whole against 3.3 s in parts of 6,000. A plan of about 180 programs and up is
 * printed in parts.
 */
export const PART_ELEMENTS = 30_000;

/** At most this many prints of the parts that hold the table of contents. */
const MAX_PASSES = 3;

type PrintWhole = (job: PrintJob, options: PrintOptions) => Promise<PrintResult>;

interface PrintedPart {
  html: string;
  result: PrintResult;
  pages: number;
  /** The page it was numbered from. */
  start: number;
}

/**
 * Prints a long document in parts (split-document.ts), two at a time in one browser, each
 * numbering its pages on from the last, and joins them into one PDF (join-pdf.ts).
 * The table of contents is in the first part, printed before the others with the numbers
 * known (an earlier build's, or none) and again, alone, once they are found; a part whose
 * HTML and first page did not change is not printed again.
 */
export async function printInParts(
  job: PrintJob,
  options: PrintOptions,
  document: { first: string; parts: DocumentPart[] },
  printWhole: PrintWhole,
): Promise<PrintResult> {
  const { parts } = document;
  refuse(parts, options);
  const max = options.partElements ?? PART_ELEMENTS;
  const printed: PrintedPart[] = [];
  const notes: PrintNote[] = [];
  let pages: ReadonlyMap<string, number> | null = options.guess ?? null;
  // The document as first rendered, with these numbers: the parts were cut from it.
  let html = document.first;
  let landed = new Map<string, number>();
  for (let pass = 1; ; pass++) {
    const current = pass === 1 ? parts : (splitDocument(html, max) ?? parts);
    const all = await printAll(current, printed, options, printWhole);
    landed = all.landed;
    const toc = tocNames(html);
    const numbers = new Map([...landed].filter(([name]) => toc.has(name)));
    if (pass === 1 && toc.size > 0 && numbers.size === 0) notes.push({ code: "toc-unnumbered" });
    const settled =
      toc.size === 0 ||
      numbers.size === 0 ||
      (pages !== null && sameNumbers(new Map([...pages].filter(([n]) => toc.has(n))), numbers));
    // A part numbered from a page that turned out not to be its first is printed again, however
    // long that takes: its page numbers would be wrong.
    if (all.numbered && (settled || pass >= MAX_PASSES)) {
      if (!settled) notes.push({ code: "toc-moving" });
      const doc = await timed(options, "join", async () =>
        joinPdfs(
          current.map((part, k) => ({
            pdf: printed[k]!.result.doc,
            levels: part.levels,
            owns: (name: string) => !part.stubs.has(name),
          })),
        ),
      );
      const results = printed.slice(0, current.length).map((p) => p.result);
      return {
        html,
        doc,
        pages: landed,
        passes: pass,
        // Each part asks for what the document's head asks for: one report of each.
        blockedRequests: [...new Set(results.flatMap((r) => r.blockedRequests))],
        notes: [...widestOverflow(results), ...notes],
        bookmarkTitles: headings(html).map((h) => h.text),
      };
    }
    if (pass >= 2 * MAX_PASSES) throw new Error("the parts' page numbers did not settle");
    // Numbers that moved are written into the table of contents; otherwise the same HTML
    // prints again, the parts numbered from their first pages now known.
    if (!settled) {
      pages = landed;
      html = job.render(pages);
    }
  }
}

/** A value to come, awaited before it is known; the first one given is kept. */
function later<T>() {
  let give!: (value: T) => void;
  let fail!: (e: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    give = resolve;
    fail = reject;
  });
  // Nobody may be waiting when it fails: that is not a failure of its own.
  promise.catch(() => undefined);
  return { promise, give, fail };
}

/**
 * Prints the parts that changed, two at a time. A part's first page is where the parts before
 * it end: known at once from an earlier print of them (or an earlier build), otherwise as soon
 * as the part before has been printed once. Returns the page of every anchor of the whole, and
 * whether every part was numbered from its real first page.
 */
async function printAll(
  parts: readonly DocumentPart[],
  printed: PrintedPart[],
  options: PrintOptions,
  printWhole: PrintWhole,
): Promise<{ landed: Map<string, number>; numbered: boolean }> {
  const counts = parts.map(() => later<number>());
  const guessed = guessedStarts(parts, options.guess ?? null);
  parts.forEach((_, k) => {
    const known = printed[k]?.pages ?? (guessed[k + 1] ?? 0) - (guessed[k] ?? 0);
    if (known > 0) counts[k]!.give(known);
  });
  const starts: Array<Promise<number>> = [Promise.resolve(1)];
  for (let k = 1; k < parts.length; k++)
    starts.push(starts[k - 1]!.then(async (s) => s + (await counts[k - 1]!.promise)));
  starts.forEach((p) => p.catch(() => undefined));
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < parts.length; k = next++) {
      if (options.signal?.aborted) throw interrupted();
      printed[k] = await printPart(k, parts, printed[k], options, printWhole, {
        start: starts[k]!,
        count: counts[k]!.give,
      });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(PARTS_AT_ONCE, parts.length) }, worker));
  } catch (e) {
    // The parts waiting for this one's pages fail too, rather than wait for good.
    counts.forEach((c) => c.fail(e));
    next = parts.length;
    throw e;
  }
  const landed = new Map<string, number>();
  let start = 1;
  let numbered = true;
  for (const [k, part] of parts.entries()) {
    const done = printed[k]!;
    if (done.start !== start) numbered = false;
    for (const [name, page] of done.result.pages)
      if (!part.stubs.has(name)) landed.set(name, page + start - 1);
    start += done.pages;
  }
  return { landed, numbered };
}

/** Prints one part, unless an earlier print of the same HTML from the same page still holds. */
async function printPart(
  k: number,
  parts: readonly DocumentPart[],
  prior: PrintedPart | undefined,
  options: PrintOptions,
  printWhole: PrintWhole,
  at: { start: Promise<number>; count: (pages: number) => void },
): Promise<PrintedPart> {
  const part = parts[k]!;
  // Every part but the first is loaded numbered from page 2, and renumbered before it prints.
  const html = part.html(k === 0 ? 1 : 2);
  if (prior && prior.html === html && prior.start === (await at.start)) return prior;
  let start = 1;
  const label = `part ${k + 1}/${parts.length}: `;
  const result = await printWhole(
    { render: () => html },
    {
      ...options,
      // Printed before (only the numbers it shows changed): its rows land as they did.
      guess: prior ? prior.result.pages : partGuess(options.guess ?? null, part, k),
      rowPrefix: `${k}-`,
      findPagesFirst: true,
      part:
        k === 0
          ? undefined
          : { firstPage: async () => (start = await at.start), pageCount: at.count },
      onStart: options.onStart && ((step) => options.onStart!(label + step)),
      onStep: options.onStep && ((step, ms) => options.onStep!(label + step, ms)),
    },
  );
  const pages = pageNumbers(result.doc).length;
  at.count(pages);
  return { html, result, pages, start };
}

/** Where each part began in an earlier build (the page of its first heading), where known. */
function guessedStarts(
  parts: readonly DocumentPart[],
  guess: ReadonlyMap<string, number> | null,
): Array<number | undefined> {
  if (!guess) return [];
  return parts.map((part, k) =>
    k === 0 ? 1 : part.firstAnchor ? guess.get(part.firstAnchor) : undefined,
  );
}

/**
 * An earlier build's pages of a part's own anchors and rows, counted from the part's first
 * page as it was then (where its first heading was; the first part begins the document).
 */
function partGuess(
  guess: ReadonlyMap<string, number> | null,
  part: DocumentPart,
  k: number,
): Map<string, number> | null {
  if (!guess) return null;
  const began = k === 0 ? 1 : part.firstAnchor ? guess.get(part.firstAnchor) : undefined;
  if (began === undefined) return null;
  const rows = `mp-row-${k}-`;
  const out = new Map<string, number>();
  for (const [name, page] of guess)
    if ((part.own.has(name) || name.startsWith(rows)) && page >= began)
      out.set(name, page - began + 1);
  return out.size ? out : null;
}

/** The anchors the table of contents gives page numbers for. */
function tocNames(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/\sdata-toc-page="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)),
  );
}

/** One note of content wider than the page, the widest any part found. */
function widestOverflow(results: readonly PrintResult[]): PrintNote[] {
  let widest: PrintNote | null = null;
  for (const note of results.flatMap((r) => r.notes))
    if (
      note.code === "overflow" &&
      (widest?.code !== "overflow" || note.overflow.px > widest.overflow.px)
    )
      widest = note;
  return widest ? [widest] : [];
}

/** Refuses, before anything is printed, a document whose parts would take too long or too much. */
function refuse(parts: readonly DocumentPart[], options: PrintOptions): void {
  const cost = partsCost(
    parts.map((p) => p.elements),
    options.timeoutMs ?? 180_000,
  );
  const budget = options.memoryBudgetMb ?? defaultMemoryBudgetMb();
  if (cost.browserMb > budget) throw tooLarge(cost, budget);
  const timeBudget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (cost.printMs > timeBudget) throw tooSlow(cost, timeBudget);
}
