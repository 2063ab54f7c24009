import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

it("passes a dependency on an existing program", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        depends_on: "[prog-economy]",
      }),
    }),
  ).toEqual([]);
});

it("reports an unknown program", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        depends_on: "[prog-nowhere]",
      }),
    }),
  ).toEqual(["programs/governance/prog-governance.yaml:16:14 ref/unknown-program"]);
});

it("reports a cycle once", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        depends_on: "[prog-economy]",
      }),
      "programs/economy/prog-economy.yaml": program("economy", "prog-economy", {
        depends_on: "[prog-governance]",
      }),
    }),
  ).toEqual(["programs/governance/prog-governance.yaml:16:14 ref/dependency-cycle"]);
});

it("reports a program that depends on itself", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        depends_on: "[prog-governance]",
      }),
    }),
  ).toEqual(["programs/governance/prog-governance.yaml:16:14 ref/dependency-cycle"]);
});
