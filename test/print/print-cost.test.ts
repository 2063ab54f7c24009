import { expect, it } from "vitest";
import { partsCost, printCost } from "../../src/print/print-cost.js";

it("counts a document's elements, not its closing tags, comments or text", () => {
  const cost = printCost(
    "<!doctype html><html><body><p>a < b</p><!-- x --><Table></Table></body></html>",
    1000,
  );
  expect(cost.elements).toBe(4);
});

it("grows the memory expected and the step deadline with the document, never below the minimum", () => {
  const small = printCost("<p>x</p>", 180_000);
  const large = printCost("<td>x</td>".repeat(500_000), 180_000);
  expect(small.stepMs).toBe(180_000);
  expect(large.elements).toBe(500_000);
  expect(large.browserMb).toBeGreaterThan(small.browserMb + 9000);
  expect(large.stepMs).toBeGreaterThan(180_000);
});

it("expects the two prints of a first build to take longer the larger the document, faster than linearly", () => {
  const at = (n: number) => printCost("<td>x</td>".repeat(n), 180_000).printMs;
  // About a minute per print at the measured 144,000 elements.
  expect(at(144_000)).toBe(120_000);
  expect(at(288_000) / at(144_000)).toBeGreaterThan(4);
  // A plan of 3,000 programs (about 420,000 elements) would take well over ten minutes.
  expect(at(420_000)).toBeGreaterThan(10 * 60_000);
});

it("expects a document printed in parts to take the parts' time, and the largest part's memory", () => {
  const whole = printCost("<td>x</td>".repeat(420_000), 180_000);
  // A plan of 3,000 programs in parts of the sizes print-parts.ts makes.
  const parts = partsCost(
    [600, 10_000, 58_000, 60_000, 59_000, 62_000, 63_000, 71_000, 40_000, 50_000],
    180_000,
  );
  expect(parts.elements).toBe(473_600);
  expect(parts.printMs).toBeLessThan(whole.printMs / 8);
  expect(parts.printMs).toBeLessThan(5 * 60_000);
  expect(parts.browserMb).toBe(printCost("<td>x</td>".repeat(71_000), 180_000).browserMb);
  // The first part, with the table of contents, is printed once more than the others.
  const one = printCost("<td>x</td>".repeat(50_000), 1).printMs;
  expect(partsCost([50_000, 50_000], 1).printMs).toBeCloseTo(2 * one + one / 2, -1);
  expect(partsCost([50_000], 1).stepMs).toBe(printCost("<td>x</td>".repeat(50_000), 1).stepMs);
});
