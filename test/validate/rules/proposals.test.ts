import { expect, it } from "vitest";
import { check, miniPlan, program } from "../../helpers/mini-plan.js";

const enacted = miniPlan()["masterplan.yaml"]!.replace("status: rancangan", "status: ditetapkan");

it("lets a draft hold the drafting team's proposals", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        proposed: "true",
        budget: "[{ year: 2025, amount: 100000000, source: apbd, proposed: true }]",
      }),
    }),
  ).toEqual([]);
});

it("refuses every proposal in an enacted regulation, where it is marked", () => {
  expect(
    check({
      "masterplan.yaml": enacted,
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        proposed: "true",
        budget: "[{ year: 2025, amount: 100000000, source: apbd, proposed: true }]",
      }),
    }).filter((d) => d.includes("draft/proposal")),
  ).toEqual([
    "programs/governance/prog-governance.yaml:11:67 draft/proposal-in-enacted",
    "programs/governance/prog-governance.yaml:23:11 draft/proposal-in-enacted",
  ]);
});
