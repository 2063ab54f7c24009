import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

const withBudget = (budget: string) => ({
  "programs/governance/prog-governance.yaml": program("governance", "prog-governance", { budget }),
});

it("passes budget years inside the program's years", () => {
  expect(
    check(
      withBudget(
        "[{ year: 2025, amount: 1, source: apbd }, { year: 2026, amount: 0, source: dak }]",
      ),
    ),
  ).toEqual([]);
});

it("reports a budget year outside the program's years", () => {
  expect(check(withBudget("[{ year: 2027, amount: 1, source: apbd }]"))).toEqual([
    "programs/governance/prog-governance.yaml:11:18 budget/year-outside-program",
  ]);
});

it("reports two lines for the same year and source", () => {
  expect(
    check(
      withBudget(
        "[{ year: 2025, amount: 1, source: apbd }, { year: 2025, amount: 2, source: apbd }]",
      ),
    ),
  ).toEqual(["programs/governance/prog-governance.yaml:11:51 budget/duplicate-line"]);
});

it("rejects fractional and negative Rupiah through the schema", () => {
  expect(
    check(
      withBudget(
        "[{ year: 2025, amount: 1500.5, source: apbd }, { year: 2026, amount: -1, source: dak }]",
      ),
    ),
  ).toEqual([
    "programs/governance/prog-governance.yaml:11:32 schema/type",
    "programs/governance/prog-governance.yaml:11:78 schema/minimum",
  ]);
});
