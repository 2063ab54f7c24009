import { expect, it } from "vitest";
import { check, miniPlan } from "../../helpers/mini-plan.js";

const MANIFEST = miniPlan()["masterplan.yaml"]!;

const manifest = (kind: string, regulation: string) => ({
  "masterplan.yaml": MANIFEST.replace("kind: kabupaten", `kind: ${kind}`).replace(
    "regulation: perda",
    `regulation: ${regulation}`,
  ),
});

it("passes a Perda, a kabupaten's Perbup and a kota's Perwali", () => {
  expect(check(manifest("kabupaten", "perda"))).toEqual([]);
  expect(check(manifest("kabupaten", "perbup"))).toEqual([]);
  expect(check(manifest("kota", "perwali"))).toEqual([]);
});

it("reports a head's regulation that does not match the region's kind", () => {
  expect(check(manifest("kota", "perbup"))).toEqual(["masterplan.yaml:9:41 legal/regulation-kind"]);
  expect(check(manifest("kabupaten", "perwali"))).toEqual([
    "masterplan.yaml:9:41 legal/regulation-kind",
  ]);
});
