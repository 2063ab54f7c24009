import { expect, it } from "vitest";
import { check, miniPlan, validateFiles } from "../../helpers/mini-plan.js";

const withCeiling = (ceiling: string) => ({
  "masterplan.yaml": `${miniPlan()["masterplan.yaml"]}budget_ceiling: ${ceiling}\n`,
});

it("passes totals within the ceiling", () => {
  // Six programs of Rp 100.000.000 each, all in 2025.
  expect(check(withCeiling("{ total: 600000000, per_year: 600000000 }"))).toEqual([]);
});

it("reports a total and a year above their ceilings, in Rupiah", () => {
  const found = validateFiles({
    ...miniPlan(),
    ...withCeiling("{ total: 500000000, per_year: 550000000 }"),
  }).diagnostics;
  expect(found.map((d) => d.message)).toEqual([
    "The programs total Rp 600.000.000, above the ceiling of Rp 500.000.000.",
    "The programs total Rp 600.000.000 in 2025, above the yearly ceiling of Rp 550.000.000.",
  ]);
});
