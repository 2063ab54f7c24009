import { expect, it } from "vitest";
import { check, program, validateFiles, miniPlan } from "../../helpers/mini-plan.js";

const withBaseline = (baseline: string) => ({
  "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
    indicators: `[{ name: I, unit: u, baseline: ${baseline}, targets: { 2026: 1 } }]`,
  }),
});

it("passes a baseline with its year and source", () => {
  expect(check(withBaseline("{ value: 3, year: 2024, source: BPS }"))).toEqual([]);
});

it("warns about a measured baseline without its year or its source", () => {
  const found = (baseline: string) =>
    validateFiles({ ...miniPlan(), ...withBaseline(baseline) }).diagnostics.map(
      (d) => `${d.code} ${d.severity}: ${d.message}`,
    );
  expect(found("0")).toEqual([
    "indicator/baseline-unsourced warning: The baseline 0 has no year and no source.",
  ]);
  expect(found("{ value: 3, year: 2024 }")).toEqual([
    "indicator/baseline-unsourced warning: The baseline 3 has no source.",
  ]);
});

it("leaves an unmeasured baseline to the blank rule", () => {
  expect(check(withBaseline("null"))).toEqual([
    "programs/governance/prog-governance.yaml:12:44 blank/left-blank",
  ]);
});
