import { expect, it } from "vitest";
import { check, miniPlan, validateFiles } from "../helpers/mini-plan.js";

it("the mini plan every rule test starts from is clean", () => {
  const result = validateFiles(miniPlan());
  expect(result.diagnostics).toEqual([]);
  expect(result.sources?.programs).toHaveLength(6);
});

it("rules do not run while a file fails its schema", () => {
  const found = check({
    "programs/governance/prog-governance.yaml": "schema_version: 1\nid: prog-governance\n",
  });
  expect(found.every((d) => d.includes("schema/"))).toBe(true);
});
