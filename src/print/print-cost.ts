import os from "node:os";

/**
 * What printing a document will ask of Chromium, estimated from its HTML before the browser
 * loads it. Measured here (bench/, BENCHMARKS.md): Chromium's processes together peak at about
 * 1.1 GB plus 20 kB per element. The tagged print's time grows faster than the elements: about
 * 60 s at 144,000 elements and more than 11 minutes at 430,000 (a power of about 2.2). At
 * 420,000 elements (a plan of 3,000 programs) the tagged print did not finish at all: the
 * browser fell idle after the first print and never returned the second.
 */
export interface PrintCost {
  /** Elements in the document (start tags). */
  elements: number;
  /** Chromium's expected peak, all its processes together, in MB. */
  browserMb: number;
  /** A deadline per step generous enough for this document: four times the expected print. */
  stepMs: number;
  /** The two prints a first build makes, expected. */
  printMs: number;
}

const BASE_MB = 1100;
const MB_PER_ELEMENT = 0.02;
/** The measured point of the print time's curve, and its power. */
const MEASURED = { elements: 144_000, ms: 60_000, power: 2.2 };

export function printCost(html: string, minimumStepMs: number): PrintCost {
  let elements = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) elements++;
  }
  const oneMs = MEASURED.ms * (elements / MEASURED.elements) ** MEASURED.power;
  return {
    elements,
    browserMb: Math.round(BASE_MB + elements * MB_PER_ELEMENT),
    stepMs: Math.max(minimumStepMs, Math.round(4 * oneMs)),
    printMs: Math.round(2 * oneMs),
  };
}

/**
 * The time a print may be expected to take unless told otherwise: 10 minutes. Beyond it lie
 * documents of thousands of programs, which are better split into plans, and, further, ones
 * the browser does not finish.
 */
export const DEFAULT_TIME_BUDGET_MS = 10 * 60_000;

/** The memory a print may use unless told otherwise: half of the machine's. */
export function defaultMemoryBudgetMb(): number {
  return Math.floor(os.totalmem() / 2 ** 20 / 2);
}
