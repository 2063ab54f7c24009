/**
 * A sum whose parts may be unknown: the known part, and whether it is all of it. A sum over
 * unknown amounts is not a sum, so documents print the known part and say it is incomplete.
 */
export interface Amount {
  known: number;
  complete: boolean;
}

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

export function sameAmount(a: Amount | null, b: Amount | null): boolean {
  return a === b || (a !== null && b !== null && a.known === b.known && a.complete === b.complete);
}

/**
 * A program's budget as lines by year and source. A budget not known at all (null) counts as
 * unknown in each of the program's years, from an unknown source (null); with the years unknown
 * too, as one line of no year.
 */
export function budgetLines(p: {
  budget: ReadonlyArray<{ year: number; source: string | null; amount: number | null }> | null;
  start: number | null;
  end: number | null;
}): Array<{ year: number | null; source: string | null; amount: Amount }> {
  if (p.budget === null) {
    // Neither the budget nor the years known: one unknown line that no year column holds.
    if (p.start === null || p.end === null)
      return [{ year: null, source: null, amount: { known: 0, complete: false } }];
    const { start, end } = p;
    const years = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    return years.map((year) => ({ year, source: null, amount: { known: 0, complete: false } }));
  }
  return p.budget.map((b) => ({
    year: b.year,
    source: b.source,
    amount: b.amount === null ? { known: 0, complete: false } : { known: b.amount, complete: true },
  }));
}
