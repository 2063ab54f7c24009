import { expect, it } from "vitest";
import { brief, check, miniPlan, program, validateFiles } from "../../helpers/mini-plan.js";

// A second, non-quick-win program, so the dimension keeps its quick win.
const withYears = (years: string, extra: Record<string, string> = {}) => ({
  "programs/governance/extra.yaml": program("governance", "extra", {
    quick_win: "false",
    years,
    budget: "[]",
    indicators: "[]",
    ...extra,
  }),
});

it("passes years inside the horizon", () => {
  expect(check(withYears("{ start: 2025, end: 2034 }"))).toEqual([]);
});

it("reports a start after the end", () => {
  expect(check(withYears("{ start: 2030, end: 2027 }"))).toEqual([
    "programs/governance/extra.yaml:10:17 years/start-after-end",
  ]);
});

it("reports years outside the horizon once per program, naming the horizon", () => {
  const found = validateFiles({
    ...miniPlan(),
    ...withYears("{ start: 2024, end: 2040 }"),
  }).diagnostics;
  expect(brief(found)).toEqual(["programs/governance/extra.yaml:10:8 years/outside-horizon"]);
  expect(found[0]?.message).toBe("The program runs 2024–2040, outside the plan horizon 2025–2034.");
  expect(found[0]?.hint).toContain("`horizon` and `stages` in masterplan.yaml");
});

it("reports an indicator target outside the program's years", () => {
  const indicators = "[{ name: I, unit: u, baseline: null, targets: { 2026: 1 } }]";
  expect(
    check(withYears("{ start: 2027, end: 2028 }", { indicators })).filter((d) =>
      d.includes("years/"),
    ),
  ).toEqual(["programs/governance/extra.yaml:12:61 years/target-outside-program"]);
});

it("takes unknown years as one warning, and judges the year that is known", () => {
  const found = validateFiles({ ...miniPlan(), ...withYears("{ start: null, end: null }") });
  expect(found.diagnostics.map((d) => `${d.code} ${d.severity} ${d.message}`)).toEqual([
    "blank/left-blank warning Not known yet (null): the years; the document shows a visible blank.",
  ]);
  expect(check(withYears("{ start: 2020, end: null }"))).toEqual([
    "programs/governance/extra.yaml:10:8 years/outside-horizon",
    "programs/governance/extra.yaml:10:28 blank/left-blank",
  ]);
});
