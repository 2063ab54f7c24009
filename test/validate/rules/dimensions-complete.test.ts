import { expect, it } from "vitest";
import { brief, miniPlan, validateFiles } from "../../helpers/mini-plan.js";

it("passes six dimension files", () => {
  expect(brief(validateFiles(miniPlan()).diagnostics)).toEqual([]);
});

it("reports a missing dimension", () => {
  const files = miniPlan();
  delete files["dimensions/living.yaml"];
  delete files["programs/living/prog-living.yaml"];
  expect(brief(validateFiles(files).diagnostics)).toEqual([
    "masterplan.yaml:1:1 dimension/missing",
  ]);
});
