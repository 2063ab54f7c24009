import fc from "fast-check";
import { expect, it } from "vitest";
import {
  anchorsFor,
  landedRows,
  sameSplits,
  splitsFrom,
  type MarkedTable,
} from "../../src/print/continued-tables.js";
import { propertyRuns } from "../helpers/property-runs.js";

/** A table of `n` rows a page may begin with, their indexes among all rows growing by gaps. */
const table = (t: number, gaps: number[]): MarkedTable => {
  let at = 0;
  const index = gaps.map((g, i) => (i === 0 ? 0 : (at += g)));
  return { table: t, rows: index.map((n) => `mp-row-${t}-${n}`), index };
};

it("proves a split with three rows, and no split with two, exactly when every row would", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 40 }),
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 40, maxLength: 40 }),
      fc.option(fc.nat(39)),
      fc.integer({ min: 1, max: 300 }),
      (gaps, steps, split, first) => {
        const all = [table(7, gaps)];
        const t = all[0]!;
        // Rows keep their order on the pages: each is on the page of the one before, or later.
        let page = first;
        const pages = new Map(t.rows.map((id, i) => [id, i === 0 ? page : (page += steps[i]!)]));
        const applied = new Map(split === null ? [] : [[7, t.index[split % t.rows.length]!]]);
        const linked = anchorsFor(all, applied);
        expect(linked[0]!.rows.length).toBeLessThanOrEqual(3);
        expect(sameSplits(splitsFrom(linked, pages), applied)).toBe(
          sameSplits(splitsFrom(all, pages), applied),
        );
      },
    ),
    { numRuns: propertyRuns(2000) },
  );
});

it("links the first row, the row before the split and the row after it", () => {
  const t = table(2, [0, 1, 2, 1, 1, 3]);
  expect(t.index).toEqual([0, 1, 3, 4, 5, 8]);
  expect(anchorsFor([t], new Map([[2, 4]]))[0]).toEqual({
    table: 2,
    rows: ["mp-row-2-0", "mp-row-2-3", "mp-row-2-4"],
    index: [0, 3, 4],
  });
  expect(anchorsFor([t], new Map([[2, 1]]))[0]!.index).toEqual([0, 1]);
  expect(anchorsFor([t], new Map())[0]!.index).toEqual([0, 8]);
});

it("guesses splits from an earlier build's few rows, and none without a table's first row", () => {
  const t = table(0, [0, 1, 1, 1, 1]);
  const earlier = new Map([
    ["mp-row-0-0", 4],
    ["mp-row-0-2", 4],
    ["mp-row-0-3", 5],
  ]);
  expect([...splitsFrom(landedRows([t], earlier), earlier)]).toEqual([[0, 3]]);
  earlier.delete("mp-row-0-0");
  expect([...splitsFrom(landedRows([t], earlier), earlier)]).toEqual([]);
});
