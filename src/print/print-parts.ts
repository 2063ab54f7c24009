import { interrupted } from "../diagnostics/masterplan-error.js";
import { decodeEntities, headings } from "./headings.js";
import { joinPdfs } from "./join-pdf.js";
import { pageNumbers } from "./pdf-destinations.js";
import { DEFAULT_TIME_BUDGET_MS, defaultMemoryBudgetMb, partsCost } from "./print-cost.js";
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
 * grows with a power of about 2.2 of the elements (print-cost.ts): past about 60,000 a
 * document prints faster in parts, each loaded, printed and closed in turn; a plan of a few
 * hundred programs (about 59,000 at 360) still prints whole, as fast either way.
 */
export const PART_ELEMENTS = 60_000;

/** At most this many prints of the parts that hold the table of contents. */
const MAX_PASSES = 3;

type PrintWhole = (job: PrintJob, options: PrintOptions) => Promise<PrintResult>;

interface PrintedPart {
  html: string;
  result: PrintResult;
  pages: number;
}

/**
 * Prints a long document in parts (split-document.ts), one after another in one browser,
 * each numbering its pages on from the last, and joins them into one PDF (join-pdf.ts).
 * The table of contents is in the first part, printed before the others with the numbers
 * known (an earlier build's, or none) and again, alone, once they are found; a part whose
 * HTML and first page did not change is not printed again.
 */
export async function printInParts(
  job: PrintJob,
  options: PrintOptions,
  parts: DocumentPart[],
  printWhole: PrintWhole,
): Promise<PrintResult> {
  refuse(parts, options);
  const max = options.partElements ?? PART_ELEMENTS;
  const printed: PrintedPart[] = [];
  const notes: PrintNote[] = [];
  let pages: ReadonlyMap<string, number> | null = options.guess ?? null;
  let html = job.render(pages);
  let landed = new Map<string, number>();
  for (let pass = 1; ; pass++) {
    const current = pass === 1 ? parts : (splitDocument(html, max) ?? parts);
    landed = await printAll(current, printed, options, printWhole);
    const toc = tocNames(html);
    const numbers = new Map([...landed].filter(([name]) => toc.has(name)));
    if (pass === 1 && toc.size > 0 && numbers.size === 0) notes.push({ code: "toc-unnumbered" });
    const settled =
      toc.size === 0 ||
      numbers.size === 0 ||
      (pages !== null && sameNumbers(new Map([...pages].filter(([n]) => toc.has(n))), numbers));
    if (settled || pass >= MAX_PASSES) {
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
    pages = landed;
    html = job.render(pages);
  }
}

/** Prints the parts that changed, in order; the page of every anchor of the whole. */
async function printAll(
  parts: readonly DocumentPart[],
  printed: PrintedPart[],
  options: PrintOptions,
  printWhole: PrintWhole,
): Promise<Map<string, number>> {
  const landed = new Map<string, number>();
  let start = 1;
  for (const [k, part] of parts.entries()) {
    if (options.signal?.aborted) throw interrupted();
    const html = part.html(start);
    let done = printed[k];
    if (!done || done.html !== html) {
      const label = `part ${k + 1}/${parts.length}: `;
      const result = await printWhole(
        { render: () => html },
        {
          ...options,
          // Printed before (only the numbers it shows changed): its rows land as they did.
          guess: done ? done.result.pages : partGuess(options.guess ?? null, part, k, start),
          rowPrefix: `${k}-`,
          findPagesFirst: true,
          onStart: options.onStart && ((step) => options.onStart!(label + step)),
          onStep: options.onStep && ((step, ms) => options.onStep!(label + step, ms)),
        },
      );
      done = printed[k] = { html, result, pages: pageNumbers(result.doc).length };
    }
    for (const [name, page] of done.result.pages)
      if (!part.stubs.has(name)) landed.set(name, page + start - 1);
    start += done.pages;
  }
  return landed;
}

/**
 * An earlier build's pages of a part's own anchors and rows, counted from the part's first
 * page as it was then (where its first heading was; the first part begins the document).
 */
function partGuess(
  guess: ReadonlyMap<string, number> | null,
  part: DocumentPart,
  k: number,
  start: number,
): Map<string, number> | null {
  if (!guess) return null;
  const began = k === 0 ? 1 : ((part.firstAnchor ? guess.get(part.firstAnchor) : null) ?? start);
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
