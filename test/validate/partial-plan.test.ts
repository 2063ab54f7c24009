import { expect, it } from "vitest";
import { brief, miniPlan, program, validateFiles } from "../helpers/mini-plan.js";

// One run tells the whole truth: cross-reference rules still run over every file that passed
// its schema, and skip what they cannot judge without the files that did not.

it("reports a schema error in one program and an unknown agency in another", () => {
  const found = validateFiles({
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      quick_win: "sometimes",
    }),
    "programs/economy/prog-economy.yaml": program("economy", "prog-economy", {
      lead_agency: "no-such-agency",
    }),
  });
  expect(brief(found.diagnostics)).toEqual([
    "programs/governance/prog-governance.yaml:9:12 schema/type",
    "programs/economy/prog-economy.yaml:7:14 ref/unknown-agency",
  ]);
  expect(found.sources).toBeNull();
});

it("does not call a program unknown when only its file is broken", () => {
  const found = validateFiles({
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      quick_win: "sometimes",
    }),
    "programs/economy/prog-economy.yaml": program("economy", "prog-economy", {
      depends_on: "[prog-governance]",
    }),
  });
  expect(brief(found.diagnostics)).toEqual([
    "programs/governance/prog-governance.yaml:9:12 schema/type",
  ]);
});

it("does not echo a broken agencies.yaml as unknown agencies, nor coverage it cannot see", () => {
  const found = validateFiles({
    ...miniPlan(),
    "agencies.yaml": "schema_version: 1\nagencies: [{ id: Dinkominfo }]\n",
  });
  expect(found.diagnostics.every((d) => d.file.endsWith("agencies.yaml"))).toBe(true);
  expect(found.diagnostics.map((d) => d.code)).not.toContain("ref/unknown-agency");
});
