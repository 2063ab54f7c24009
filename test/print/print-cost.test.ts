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

it("expects a document printed in parts to take the parts' time shared by two, and two parts' memory", () => {
  const whole = printCost("<td>x</td>".repeat(420_000), 180_000);
  // A plan of 3,000 programs in parts of the sizes print-parts.ts makes.
  const sizes = Array.from({ length: 16 }, (_, i) => 26_000 + 250 * i);
  const parts = partsCost([600, ...sizes], 180_000);
  expect(parts.elements).toBe(600 + sizes.reduce((a, b) => a + b, 0));
  expect(parts.printMs).toBeLessThan(whole.printMs / 20);
  // Measured: the eighteen parts of 3,000 programs took a little over a minute.
  expect(parts.printMs).toBeGreaterThan(45_000);
  expect(parts.printMs).toBeLessThan(75_000);
  // Two parts are loaded at once, the two largest, and the browser keeps a little of each
  // element printed: about 3.2 GB, as measured.
  const two = printCost("<td>x</td>".repeat(29_750 + 29_500), 180_000).browserMb;
  expect(parts.browserMb).toBe(two + Math.round(parts.elements * 0.002));
  expect(parts.browserMb).toBeGreaterThan(3000);
  expect(parts.browserMb).toBeLessThan(3500);
  // Linear in the elements: twice the parts, twice the time.
  const half = partsCost([600, ...sizes.slice(0, 8)], 1).printMs;
  expect(partsCost([600, ...sizes.slice(0, 8), ...sizes.slice(0, 8)], 1).printMs).toBeCloseTo(
    // Doubling the half counts its front matter (printed twice) twice over.
    2 * half - 2 * 600 * 0.125,
    -1,
  );
  expect(partsCost([20_000], 1).stepMs).toBe(printCost("<td>x</td>".repeat(20_000), 1).stepMs);
});
