import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

it("passes listed goals, focus areas and pillars", () => {
  expect(
    check({ "programs/governance/prog-governance.yaml": program("governance", "prog-governance") }),
  ).toEqual([]);
});

it("reports an unknown RPJPD goal, RPJMD focus area and pillar", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        rpjpd: "[sasaran-9]",
        rpjmd: "[ekonomi]",
        digital_pillars: "[pemerintahan-digital, ekonomi-digital]",
      }),
    }),
  ).toEqual([
    "programs/governance/prog-governance.yaml:13:9 ref/unknown-rpjpd-goal",
    "programs/governance/prog-governance.yaml:14:9 ref/unknown-rpjmd-focus",
    "programs/governance/prog-governance.yaml:15:41 ref/unknown-digital-pillar",
  ]);
});
