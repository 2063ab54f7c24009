import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

it("counts the programs each agency leads and supports per dimension", () => {
  const [s] = sectionsOf("responsibility");
  expect(s!.data.columns).toHaveLength(6);
  expect(s!.data.rows.map((r) => [r.label, r.cells[0]])).toEqual([
    ["Dinkominfo", { lead: 1, support: 0 }],
    ["Dinkes", { lead: 0, support: 1 }],
  ]);
});
