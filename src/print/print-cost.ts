import os from "node:os";

/**
 * What printing a document will ask of Chromium, estimated from its HTML before the browser
 * loads it. Measured here (bench/, BENCHMARKS.md): Chromium's processes together peak at about
 * 1.1 GB plus 20 kB per element, and a tagged print takes about 0.4 ms per element.
 */
export interface PrintCost {
  /** Elements in the document (start tags). */
  elements: number;
  /** Chromium's expected peak, all its processes together, in MB. */
  browserMb: number;
  /** A deadline per step generous enough for this document: four times the expected time. */
  stepMs: number;
}

const BASE_MB = 1100;
const MB_PER_ELEMENT = 0.02;
const MS_PER_ELEMENT = 0.4;

export function printCost(html: string, minimumStepMs: number): PrintCost {
  let elements = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) elements++;
  }
  return {
    elements,
    browserMb: Math.round(BASE_MB + elements * MB_PER_ELEMENT),
    stepMs: Math.max(minimumStepMs, Math.round(elements * MS_PER_ELEMENT * 4)),
  };
}

/** The memory a print may use unless told otherwise: half of the machine's. */
export function defaultMemoryBudgetMb(): number {
  return Math.floor(os.totalmem() / 2 ** 20 / 2);
}
