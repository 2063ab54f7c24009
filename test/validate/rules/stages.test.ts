import { expect, it } from "vitest";
import { check, miniPlan } from "../../helpers/mini-plan.js";

const manifest = miniPlan()["masterplan.yaml"]!;

it("passes stages that tile the horizon", () => {
  expect(check({ "masterplan.yaml": manifest })).toEqual([]);
});

it("reports a gap between stages", () => {
  expect(
    check({
      "masterplan.yaml": manifest.replace("start: 2030, end: 2034", "start: 2031, end: 2034"),
    }),
  ).toEqual(["masterplan.yaml:8:43 stage/gap-or-overlap"]);
});

it("reports an indicator target for an unknown stage", () => {
  const dim = miniPlan()["dimensions/economy.yaml"]!.replace("tahap-2: 80", "tahap-3: 80");
  expect(check({ "dimensions/economy.yaml": dim })).toEqual([
    "dimensions/economy.yaml:9:123 ref/unknown-stage",
  ]);
});

it("warns when the horizon or a stage lies outside the RPJPD period", () => {
  const rpjpd = miniPlan()["rpjpd.yaml"]!.replace(
    'regulation: "Perda 1/2024" }',
    'regulation: "Perda 1/2024", period: { start: 2026, end: 2045 } }',
  );
  expect(check({ "rpjpd.yaml": rpjpd })).toEqual([
    "masterplan.yaml:5:1 stage/outside-rpjpd",
    "masterplan.yaml:7:5 stage/outside-rpjpd",
  ]);
  const inside = rpjpd.replace("start: 2026", "start: 2025");
  expect(check({ "rpjpd.yaml": inside })).toEqual([]);
});
