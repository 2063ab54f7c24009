import { expect, it } from "vitest";
import { check, miniPlan, validateFiles } from "../../helpers/mini-plan.js";

it("passes a plan with every fact filled", () => {
  expect(check({})).toEqual([]);
});

it("warns about a blank fact and an unassigned coordinator", () => {
  const files = {
    ...miniPlan(),
    "rpjpd.yaml": miniPlan()["rpjpd.yaml"]!.replace("vision: Visi contoh", "vision: null"),
    "masterplan.yaml": miniPlan()["masterplan.yaml"]!.replace(
      "coordinator: dinkominfo",
      "coordinator: null",
    ),
  };
  const found = validateFiles(files).diagnostics;
  expect(found.map((d) => `${d.code} ${d.severity} ${d.line}`)).toEqual([
    "blank/unassigned-coordinator warning 11",
    "blank/left-blank warning 3",
  ]);
  expect(found[0]?.message).toContain("belum ditetapkan");
});
