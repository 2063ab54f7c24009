import { expect, it } from "vitest";
import { firstUse } from "../../src/model/first-use.js";
import type { PlanSources } from "../../src/validate/plan-sources.js";

const plan = (terms: unknown[]) =>
  ({ glossary: { data: { schema_version: 1, terms } } }) as unknown as PlanSources;

const smartCity = { term: "smart city", meaning: "-", foreign: true, indonesian: "kota cerdas" };

it("names the foreign term at the first use of its Indonesian form, once", () => {
  const named = firstUse(plan([smartCity]));
  expect(named("Tanpa istilah itu.")).toBe("Tanpa istilah itu.");
  expect(named("Perencanaan kota\ncerdas di daerah.")).toBe(
    "Perencanaan kota\ncerdas (*smart city*) di daerah.",
  );
  expect(named("Strategi kota cerdas.")).toBe("Strategi kota cerdas.");
});

it("passes over a name written in capitals and a form already followed by a bracket", () => {
  const named = firstUse(plan([smartCity]));
  expect(named("Gerakan Menuju Kota Cerdas.")).toBe("Gerakan Menuju Kota Cerdas.");
  expect(named("kota cerdas (smart city) sudah.")).toBe("kota cerdas (smart city) sudah.");
  expect(named("kota cerdas lagi.")).toBe("kota cerdas lagi.");
});

it("leaves a plan without such a term as it is", () => {
  const named = firstUse(plan([{ term: "wifi", meaning: "-", foreign: true }]));
  expect(named("kota cerdas")).toBe("kota cerdas");
  expect(firstUse({ glossary: null } as unknown as PlanSources)("kota cerdas")).toBe("kota cerdas");
});
