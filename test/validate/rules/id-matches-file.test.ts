import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

it("passes an id equal to the file name", () => {
  expect(check({ "programs/economy/abc.yaml": program("economy", "abc") })).toEqual([]);
});

it("reports an id that differs from the file name", () => {
  expect(check({ "programs/economy/abc.yaml": program("economy", "abd") })).toEqual([
    "programs/economy/abc.yaml:2:5 id/file-name",
  ]);
});

it("reports a program in another dimension's folder", () => {
  expect(check({ "programs/living/abc.yaml": program("economy", "abc") })).toEqual([
    "programs/living/abc.yaml:4:12 id/wrong-folder",
  ]);
});
