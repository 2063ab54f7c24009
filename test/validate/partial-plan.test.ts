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

it("judges the rest of a file whose refused values can be left null", () => {
  const found = validateFiles({
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      status: "berjalann",
      lead_agency: "disdukcapl",
    }),
  });
  // The misspelt status no longer hides the unknown agency in the same file, and its null is
  // not reported again as a blank to fill.
  expect(brief(found.diagnostics)).toEqual([
    "programs/governance/prog-governance.yaml:17:9 schema/enum",
    "programs/governance/prog-governance.yaml:7:14 ref/unknown-agency",
  ]);
  expect(found.sources).toBeNull();
  expect(found.partial.partlyChecked).toEqual(["/plan/programs/governance/prog-governance.yaml"]);
});

it("says which id an agency's name written in its place names", () => {
  const found = validateFiles({
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      lead_agency: "Dinas Kesehatan",
    }),
    "programs/economy/prog-economy.yaml": program("economy", "prog-economy", {
      lead_agency: "dinas-kesehatan",
    }),
  });
  const errors = found.diagnostics.map((d) => `${d.code} ${d.hint ?? ""}`);
  expect(errors).toEqual([
    "ref/unknown-agency `dinas-kesehatan` reads as the name of `dinkes`: write `dinkes`.",
    "ref/agency-by-name Write `dinkes`.",
  ]);
});

it("leaves a file missing a required key unchecked", () => {
  const found = validateFiles({
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      status: "berjalann",
    }).replace(/^years: .*\n/m, ""),
  });
  expect(found.partial.partlyChecked).toEqual([]);
  expect(found.partial.unchecked.map((u) => u.kind)).toEqual(["program"]);
});
