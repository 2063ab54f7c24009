import { expect, it } from "vitest";
import { check } from "../../helpers/mini-plan.js";

const swot = (strategies: string) => ({
  "swot.yaml": `schema_version: 1
strengths: [{ id: s-a, text: Kekuatan. }]
weaknesses: [{ id: w-a, text: Kelemahan. }]
opportunities: [{ id: o-a, text: Peluang. }]
threats: [{ id: t-a, text: Ancaman. }]
strategies:
${strategies}`,
});

it("passes strategies that combine the factors their kind names and name real programs", () => {
  expect(
    check(
      swot(
        "  - { id: so, kind: SO, text: S., factors: [s-a, o-a], programs: [prog-governance] }\n" +
          "  - { id: wt, kind: WT, text: S., factors: [w-a, t-a], programs: [prog-living] }\n",
      ),
    ),
  ).toEqual([]);
});

it("refuses a factor of the wrong kind, an unknown factor and an unknown program", () => {
  expect(
    check(swot("  - { id: so, kind: SO, text: S., factors: [w-a, o-x], programs: [prog-nope] }\n")),
  ).toEqual([
    "swot.yaml:7:45 swot/factor-kind",
    "swot.yaml:7:50 swot/unknown-factor",
    "swot.yaml:7:67 ref/unknown-program",
  ]);
});

it("warns of a strategy no program carries out, and refuses a factor id used twice", () => {
  expect(
    check({
      "swot.yaml": swot("  - { id: st, kind: ST, text: S., factors: [s-a, t-a], programs: [] }\n")[
        "swot.yaml"
      ].replace("threats: [{ id: t-a", "threats: [{ id: s-a, text: X. }, { id: t-a"),
    }),
  ).toEqual(["swot.yaml:5:17 swot/duplicate-factor", "swot.yaml:7:56 swot/no-program"]);
});
