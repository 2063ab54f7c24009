import type { Amount } from "./document-model.js";

/** Sums amounts of which some may be unknown (null); the result says whether it is complete. */
export function sumAmounts(amounts: Iterable<number | null>): Amount {
  let known = 0;
  let complete = true;
  for (const a of amounts) {
    if (a === null) complete = false;
    else known += a;
  }
  return { known, complete };
}

/** Adds two sums; null (nothing at all) is the neutral element. */
export function addAmounts(a: Amount | null, b: Amount | null): Amount | null {
  if (a === null) return b;
  if (b === null) return a;
  return { known: a.known + b.known, complete: a.complete && b.complete };
}
