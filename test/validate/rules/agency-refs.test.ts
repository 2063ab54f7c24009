import { expect, it } from "vitest";
import { check, miniPlan, program, validateFiles } from "../../helpers/mini-plan.js";

it("passes known agencies", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        supporting_agencies: "[dinkes, dinkominfo]",
      }),
    }),
  ).toEqual([]);
});

it("reports an unknown lead agency at its line, with a suggestion", () => {
  const files = {
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      lead_agency: "dinkomnfo",
    }),
  };
  const [d] = validateFiles(files).diagnostics;
  expect([d?.code, d?.line, d?.column, d?.hint]).toEqual([
    "ref/unknown-agency",
    7,
    14,
    "Did you mean `dinkominfo`?",
  ]);
});

it("reports an unknown supporting agency and an unknown coordinator", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        supporting_agencies: "[dinkes, no-such-agency]",
      }),
      "masterplan.yaml": miniPlan()["masterplan.yaml"]!.replace(
        "coordinator: dinkominfo",
        "coordinator: bappeda",
      ),
    }),
  ).toEqual([
    "programs/governance/prog-governance.yaml:8:31 ref/unknown-agency",
    "masterplan.yaml:11:28 ref/unknown-agency",
  ]);
});
