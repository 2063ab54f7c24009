import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

// A second, non-quick-win program, so the dimension keeps its quick win.
const withYears = (years: string, extra: Record<string, string> = {}) => ({
  "programs/governance/extra.yaml": program("governance", "extra", {
    quick_win: "false",
    years,
    budget: "[]",
    indicators: "[]",
    ...extra,
  }),
});

it("passes years inside the horizon", () => {
  expect(check(withYears("{ start: 2025, end: 2034 }"))).toEqual([]);
});

it("reports a start after the end", () => {
  expect(check(withYears("{ start: 2030, end: 2027 }"))).toEqual([
    "programs/governance/extra.yaml:10:17 years/start-after-end",
  ]);
});

it("reports years outside the horizon", () => {
  expect(check(withYears("{ start: 2024, end: 2040 }"))).toEqual([
    "programs/governance/extra.yaml:10:17 years/outside-horizon",
    "programs/governance/extra.yaml:10:28 years/outside-horizon",
  ]);
});

it("reports an indicator target outside the program's years", () => {
  const indicators = "[{ name: I, unit: u, baseline: 0, targets: { 2026: 1 } }]";
  expect(check(withYears("{ start: 2027, end: 2028 }", { indicators }))).toEqual([
    "programs/governance/extra.yaml:12:58 years/target-outside-program",
  ]);
});
