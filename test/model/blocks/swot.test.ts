import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

const SWOT = `schema_version: 1
proposed: true
strengths: [{ id: s-a, text: Kekuatan. }]
weaknesses: [{ id: w-a, text: Kelemahan. }]
opportunities: [{ id: o-a, text: Peluang. }]
threats: [{ id: t-a, text: Ancaman. }]
strategies:
  - { id: st-1, kind: WT, text: Bertahan., factors: [w-a, t-a], programs: [] }
  - { id: st-2, kind: SO, text: Maju., factors: [s-a, o-a], programs: [prog-governance] }
`;

it("labels factors by letter and place, orders strategies SO…WT, names their programs", () => {
  const [s] = sectionsOf("swot", { "swot.yaml": SWOT });
  expect(s!.data.factors.map((f) => f.items.map((i) => i.label))).toEqual([
    ["S1"],
    ["W1"],
    ["O1"],
    ["T1"],
  ]);
  expect(s!.data.strategies.map((x) => [x.kind, x.factors])).toEqual([
    ["SO", "S1, O1"],
    ["WT", "W1, T1"],
  ]);
  expect(s!.data.strategies[0]!.programs).toEqual([
    { name: "Program prog-governance", anchor: "program-prog-governance" },
  ]);
  expect(s!.data.proposed).toBe(true);
  expect([s!.data.captions.factors.label, s!.data.captions.strategies.label]).toEqual([
    "Tabel 2.1",
    "Tabel 2.2",
  ]);
});

it("contributes nothing without swot.yaml", () => {
  expect(sectionsOf("swot")).toEqual([]);
});
