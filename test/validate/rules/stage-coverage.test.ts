import { expect, it } from "vitest";
import { check, miniPlan, program, validateFiles } from "../../helpers/mini-plan.js";

/** The mini plan with its second stage written as given. */
const secondStage = (stage: string) => ({
  "masterplan.yaml": miniPlan()["masterplan.yaml"]!.replace(
    / {2}- \{ id: tahap-2.*\n/,
    `  - { id: tahap-2, name: Tahap II, start: 2030, end: 2034${stage} }\n`,
  ),
});

it("passes a stage without programs that has policy directions or is left to the next review", () => {
  expect(check(secondStage(", directions: [Arah.]"))).toEqual([]);
  expect(check(secondStage(", deferred: Dirinci pada peninjauan berikutnya."))).toEqual([]);
});

it("warns of a stage with no program, no direction and nothing said about it", () => {
  const files = { ...miniPlan(), ...secondStage("") };
  expect(check(secondStage(""))).toEqual(["masterplan.yaml:8:5 stage/empty"]);
  const [found] = validateFiles(files).diagnostics;
  expect(found?.severity).toBe("warning");
  expect(found?.message).toBe(
    "No program runs in Tahap II (2030–2034), and the stage has no policy directions.",
  );
  // An empty list of directions says nothing either.
  expect(check(secondStage(", directions: []"))).toEqual(["masterplan.yaml:8:5 stage/empty"]);
});

it("warns of a stage whose programs have no budget in its years, unless left to the review", () => {
  const late = {
    "programs/governance/prog-late.yaml": program("governance", "prog-late", {
      quick_win: "false",
      years: "{ start: 2028, end: 2034 }",
      budget: "[{ year: 2028, amount: 5000000, source: apbd }]",
      indicators: "[]",
    }),
  };
  expect(check({ ...secondStage(""), ...late })).toEqual(["masterplan.yaml:8:5 stage/no-budget"]);
  expect(check({ ...secondStage(", deferred: Dirinci kemudian."), ...late })).toEqual([]);
  // A budget line in the stage's years, even one whose amount is not known yet, plans it.
  const planned = {
    "programs/governance/prog-late.yaml": program("governance", "prog-late", {
      quick_win: "false",
      years: "{ start: 2031, end: 2034 }",
      budget: "[{ year: 2032, amount: null, source: apbd }]",
      indicators: "[]",
    }),
  };
  expect(check({ ...secondStage(""), ...planned }).filter((d) => d.includes("stage/"))).toEqual([]);
});
