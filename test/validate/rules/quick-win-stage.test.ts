import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

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
