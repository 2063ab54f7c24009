import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

const withCodes = (codes: string) => ({
  "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
    nomenclature: codes,
  }),
});

it("takes SIPD codes at program, kegiatan and sub-kegiatan level, and X for the supporting ones", () => {
  expect(check(withCodes("[2.16.03, 2.16.03.2.02, 2.16.03.2.02.0001, X.XX.01.2.01]"))).toEqual([]);
});

it("refuses a code that is not of the Kepmendagri's form, and a code given twice", () => {
  for (const bad of ["2.16", "2.16.3", "2.16.03.2", "2.16.03.3.02", "2.16.03.2.02.01", "9.01.01"])
    expect(check(withCodes(`["${bad}"]`)), bad).toEqual([
      "programs/governance/prog-governance.yaml:23:16 schema/pattern",
    ]);
  expect(check(withCodes("[2.16.03, 2.16.03]"))).toEqual([
    "programs/governance/prog-governance.yaml:23:15 schema/unique-items",
  ]);
});

it("warns when a kabupaten's plan cites a provinsi's kegiatan", () => {
  expect(check(withCodes("[2.16.03.1.02]"))).toEqual([
    "programs/governance/prog-governance.yaml:23:16 nomenclature/province-level",
  ]);
});
