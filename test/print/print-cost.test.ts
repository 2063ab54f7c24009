import { expect, it } from "vitest";
import { printCost } from "../../src/print/print-cost.js";

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
