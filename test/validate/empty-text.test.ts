import { expect, it } from "vitest";
import { brief, miniPlan, program, validateFiles } from "../helpers/mini-plan.js";

const MANIFEST = miniPlan()["masterplan.yaml"]!;

it("refuses an empty or blank text anywhere, located, with the null hint", () => {
  const manifest = MANIFEST.replace(
    "governance: { coordinator: dinkominfo }",
    'governance:\n  coordinator: dinkominfo\n  bodies:\n    - { id: dewan, name: "  ", members: null, role: "" }',
  );
  const found = validateFiles({ ...miniPlan(), "masterplan.yaml": manifest }).diagnostics;
  const errors = found.filter((d) => d.severity === "error");
  expect(brief(errors)).toEqual([
    "masterplan.yaml:14:26 value/empty",
    "masterplan.yaml:14:53 value/empty",
  ]);
  expect(errors[0]!.message).toBe(
    "The body name of “dewan” holds an empty text, which is not a value.",
  );
  expect(errors[1]!.hint).toBe("Write the fact, or write null for an unknown fact.");
  // Members written as null is a blank to fill, not an error.
  expect(found.filter((d) => d.code === "blank/left-blank").map((d) => d.line)).toEqual([14]);
});

it("reports an empty text once, where the schema would also call it too short", () => {
  const files = {
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      name: "''",
      indicators: '[{ name: "", unit: "\\t", baseline: null, targets: { 2026: 10 } }]',
    }),
  };
  const found = validateFiles(files).diagnostics.filter((d) => d.severity === "error");
  expect(found.map((d) => d.code)).toEqual(["value/empty", "value/empty", "value/empty"]);
  expect(found.map((d) => d.message.split(" holds")[0])).toEqual([
    "The program name",
    "The indicator name of success indicators item 1",
    "The unit of success indicators item 1",
  ]);
});

it("checks a file that fails its schema too", () => {
  const files = {
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      status: "berjalann",
      problem: '" "',
    }),
  };
  const codes = validateFiles(files).diagnostics.map((d) => d.code);
  expect(codes).toContain("schema/enum");
  expect(codes).toContain("value/empty");
});
