import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

it("prints the facts the plan gives, and no row for those it does not", () => {
  const [s] = sectionsOf("region-facts");
  expect(s!.data.rows.map((r) => [r.label, r.value])).toEqual([["Provinsi", "Jawa Tengah"]]);
  expect(s!.data.caption.label).toBe("Tabel 2.1");
});
