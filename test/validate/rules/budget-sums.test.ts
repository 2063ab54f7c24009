import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

const withAmounts = (...amounts: number[]) => ({
  "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
    years: "{ start: 2025, end: 2029 }",
    budget: `[${amounts.map((a, i) => `{ year: ${2025 + i}, amount: ${a}, source: apbd }`).join(", ")}]`,
  }),
});

it("passes amounts whose sum stays exact", () => {
  expect(check(withAmounts(9_007_199_254_740_991 - 500_000_000 - 2, 2))).toEqual([]);
});

it("refuses the amount that takes the plan's sum past what adds up exactly", () => {
  expect(check(withAmounts(9_007_199_254_740_991, 2))).toEqual([
    "programs/governance/prog-governance.yaml:11:32 budget/sum-too-large",
  ]);
});
