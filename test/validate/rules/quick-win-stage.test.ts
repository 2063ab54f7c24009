import { expect, it } from "vitest";
import { check, miniPlan, program, validateFiles } from "../../helpers/mini-plan.js";

const withYears = (years: string) => ({
  "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
    years,
    budget: "[]",
    indicators: "[]",
  }),
});

it("passes a quick win inside the first stage", () => {
  expect(check(withYears("{ start: 2028, end: 2029 }"))).toEqual([]);
});

it("reports a quick win that runs past the first stage", () => {
  expect(check(withYears("{ start: 2028, end: 2031 }"))).toEqual([
    "programs/governance/prog-governance.yaml:10:8 quick-win/outside-first-stage",
  ]);
});

it("names the horizon as the other way to fix it, and reports a program once", () => {
  const found = validateFiles({
    ...miniPlan(),
    ...withYears("{ start: 2028, end: 2031 }"),
  }).diagnostics;
  expect(found[0]?.hint).toContain("correct `horizon` and `stages` in masterplan.yaml");
  // Outside the whole horizon, the years rule reports it; the quick-win rule keeps quiet.
  expect(check(withYears("{ start: 2024, end: 2026 }"))).toEqual([
    "programs/governance/prog-governance.yaml:10:8 years/outside-horizon",
  ]);
});
