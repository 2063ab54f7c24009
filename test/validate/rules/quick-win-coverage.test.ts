import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

it("passes when every dimension has a quick win", () => {
  expect(check({})).toEqual([]);
});

it("warns about a dimension without a quick win", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        quick_win: "false",
      }),
    }),
  ).toEqual(["dimensions/governance.yaml:2:5 coverage/no-quick-win"]);
});
