import { expect, it } from "vitest";
import { closest, editDistance } from "../../src/validate/did-you-mean.js";

it("counts a transposition as one edit", () => {
  expect(editDistance("nmae", "name")).toBe(1);
  expect(editDistance("", "abc")).toBe(3);
});

it("suggests only close matches", () => {
  expect(closest("dinkomnifo", ["dinkominfo", "dinkes"])).toBe("dinkominfo");
  expect(closest("xyz", ["dinkominfo", "dinkes"])).toBeUndefined();
});
