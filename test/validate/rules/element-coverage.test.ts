import { expect, it } from "vitest";
import { check, miniPlan } from "../../helpers/mini-plan.js";

it("passes when every element has a program", () => {
  expect(check({})).toEqual([]);
});

it("warns about an element without a program", () => {
  const dim = miniPlan()["dimensions/living.yaml"]!.replace(
    "elements: [",
    "elements: [{ id: kosong, name: Kosong, english: Empty }, ",
  );
  expect(check({ "dimensions/living.yaml": dim })).toEqual([
    "dimensions/living.yaml:6:18 coverage/empty-element",
  ]);
});
