import os from "node:os";

/**
 * What printing a document will ask of Chromium, estimated from its HTML before the browser
 * loads it. Measured here (bench/, BENCHMARKS.md): Chromium's processes together peak at about
 * 1.1 GB plus 20 kB per element. The tagged print's time grows faster than the elements: about
 * 60 s at 144,000 elements and more than 11 minutes at 430,000 (a power of about 2.2). At
 * 420,000 elements (a plan of 3,000 programs) printed whole, the tagged print did not finish at
 * all: the browser fell idle after the first print and never returned the second. Printed in
 * parts of at most 30,000 elements, two at a time (print-parts.ts), it takes a minute and a
 * half, the browser's processes peaking at 3.3 GB.
 */
export interface PrintCost {
  /** Elements in the document (start tags). */
  elements: number;
  /** Chromium's expected peak, all its processes together, in MB. */
  browserMb: number;
  /** A deadline per step generous enough for this document: four times the expected print. */
  stepMs: number;
  /** The prints a first build makes, expected. */
  printMs: number;
}

const BASE_MB = 1100;
const MB_PER_ELEMENT = 0.02;
/** The measured point of the print time's curve, and its power. */
const MEASURED = { elements: 144_000, ms: 60_000, power: 2.2 };

const oneMs = (elements: number) => MEASURED.ms * (elements / MEASURED.elements) ** MEASURED.power;

export function printCost(html: string, minimumStepMs: number): PrintCost {
  let elements = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) elements++;
  }
  return { elements, ...cost(elements, oneMs(elements), 2 * oneMs(elements), minimumStepMs) };
}

/** How many parts of a document printed in parts are printed at once (print-parts.ts). */
export const PARTS_AT_ONCE = 2;

/**
 * What a part costs, measured here on the 3,000-program plan cold (470,000 elements in
 * eighteen parts of at most 30,000, two at a time): its load, the print that finds its pages
 * and its final print took 117 s of the two printing threads together, 0.25 ms an element;
 * and the browser's processes peaked at 3.3 GB, against 2.0 GB for 360 programs (59,000 in
 * four parts), so what stays in the browser grows by about 2 kB an element printed.
 */
const PART_MS_PER_ELEMENT = 0.25;
const MB_PER_ELEMENT_PRINTED = 0.002;

/**
 * A document printed in parts (split-document.ts), given each part's elements: two parts are
 * loaded at a time, so the browser needs what the two largest need and a little for every
 * element printed, and the time is the parts' together (the first, with the table of
 * contents, twice), shared between the two.
 */
export function partsCost(parts: readonly number[], minimumStepMs: number): PrintCost {
  const elements = parts.reduce((sum, n) => sum + n, 0);
  const printMs = ((elements + (parts[0] ?? 0)) * PART_MS_PER_ELEMENT) / PARTS_AT_ONCE;
  const largest = [...parts].sort((a, b) => b - a).slice(0, PARTS_AT_ONCE);
  const loaded = largest.reduce((sum, n) => sum + n, 0);
  const part = cost(loaded, Math.max(0, ...parts.map(oneMs)), printMs, minimumStepMs);
  return {
    elements,
    ...part,
    browserMb: Math.round(part.browserMb + elements * MB_PER_ELEMENT_PRINTED),
  };
}

function cost(elements: number, oneMs: number, printMs: number, minimumStepMs: number) {
  return {
    browserMb: Math.round(BASE_MB + elements * MB_PER_ELEMENT),
    stepMs: Math.max(minimumStepMs, Math.round(4 * oneMs)),
    printMs: Math.round(printMs),
  };
}

/**
 * The time a print may be expected to take unless told otherwise: 10 minutes. A long
 * document is printed in parts (print-parts.ts), whose time grows with the document: at a
 * minute and a half for 3,000 programs, it takes a plan of many thousands to pass it.
 */
export const DEFAULT_TIME_BUDGET_MS = 10 * 60_000;

/** The memory a print may use unless told otherwise: half of the machine's. */
export function defaultMemoryBudgetMb(): number {
  return Math.floor(os.totalmem() / 2 ** 20 / 2);
}
