import { expect, it } from "vitest";
import { program } from "../../helpers/mini-plan.js";
import { sectionsOf } from "./helpers.js";

it("lists every program's risks, most serious first", () => {
  const [s] = sectionsOf("risks", {
    "programs/economy/prog-economy.yaml": program("economy", "prog-economy", {
      risks:
        "[{ risk: Besar., impact: tinggi, likelihood: tinggi, mitigation: null, owner: null }]",
    }),
  });
  expect(s!.data.rows.map((r) => [r.risk, r.level])).toEqual([
    ["Besar.", 9],
    ...Array.from({ length: 5 }, () => ["Risiko.", 2]),
  ]);
  expect(s!.data.caption?.label).toBe("Tabel 2.1");
});
