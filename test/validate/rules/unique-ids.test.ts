import { expect, it } from "vitest";
import { check, program, validateFiles, miniPlan } from "../../helpers/mini-plan.js";

it("passes distinct ids", () => {
  expect(check({ "programs/governance/other.yaml": program("governance", "other") })).toEqual([]);
});

it("reports a second program with the same id and points at the first", () => {
  const files = {
    ...miniPlan(),
    "programs/governance/copy/prog-governance.yaml": program("governance", "prog-governance"),
  };
  const found = validateFiles(files).diagnostics.filter((d) => d.code === "id/duplicate");
  expect(found).toHaveLength(1);
  expect(found[0]?.related?.[0]?.message).toBe("first defined here");
});

it("reports a duplicate agency id at its line", () => {
  const agencies = `schema_version: 1
agencies:
  - { id: dinkominfo, name: A, abbreviation: A }
  - { id: dinkes, name: B, abbreviation: B }
  - { id: dinkes, name: C, abbreviation: C }
`;
  expect(check({ "agencies.yaml": agencies })).toEqual(["agencies.yaml:5:11 id/duplicate"]);
});
