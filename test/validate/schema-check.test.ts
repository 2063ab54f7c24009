import { expect, it } from "vitest";
import { miniPlan, program, validateFiles } from "../helpers/mini-plan.js";

const G = "programs/governance/prog-governance.yaml";
const diagnose = (text: string) => validateFiles({ ...miniPlan(), [G]: text }).diagnostics;

it("points a misspelt key at that key, with a suggestion", () => {
  const [d] = diagnose(program("governance", "prog-governance").replace("name:", "nmae:"));
  expect(d).toMatchObject({
    code: "schema/additional-properties",
    line: 3,
    column: 1,
    hint: "Did you mean `name`?",
  });
});

it("points a missing required key at its parent", () => {
  const text = program("governance", "prog-governance").replace(/^lead_agency:.*\n/m, "");
  const found = diagnose(text);
  expect(found.map((d) => [d.code, d.line, d.message])).toEqual([
    ["schema/required", 1, "The file is missing the required key `lead_agency`."],
  ]);
});

it("names the wrong type in words", () => {
  const [d] = diagnose(program("governance", "prog-governance", { quick_win: "ya" }));
  expect(d?.message).toBe('The quick win must be true or false, not the text "ya".');
  expect(d?.line).toBe(9);
});

it("suggests the closest allowed value", () => {
  const [d] = diagnose(program("governance", "prog-governance", { status: "berjalann" }));
  expect(d?.code).toBe("schema/enum");
  expect(d?.hint).toBe("Did you mean `berjalan`?");
});

it("reports a file whose top level is not a mapping", () => {
  expect(diagnose("- a\n- b\n").map((d) => [d.code, d.line, d.column])).toEqual([
    ["schema/type", 1, 1],
  ]);
});

it("collapses the branches of oneOf into one message", () => {
  const text = miniPlan()["masterplan.yaml"]!.replace("coordinator: dinkominfo", "coordinator: 12");
  const found = validateFiles({ ...miniPlan(), "masterplan.yaml": text }).diagnostics;
  expect(found.map((d) => d.message)).toEqual([
    "The coordinating agency of the smart city governance must be text or empty (null), not the number 12.",
  ]);
});

it("names the format version a file was written for", () => {
  const [d] = diagnose(program("governance", "prog-governance", { schema_version: "2" }));
  expect(d).toMatchObject({ code: "schema/version", line: 1, column: 17 });
  expect(d?.message).toBe(
    "This file is written for format version 2; this masterplan reads version 1.",
  );
  expect(d?.hint).toBe("Update masterplan to a release that reads this version.");
});

it("refuses region names without visible ends, and names too long for file names", () => {
  const base = miniPlan();
  const manifest = (region: string, name = "mini") => ({
    ...base,
    "masterplan.yaml": base["masterplan.yaml"]!.replace(
      "name: Contoh,",
      `name: ${JSON.stringify(region)},`,
    ).replace("name: mini", `name: ${name}`),
  });
  const codes = (files: Record<string, string>) =>
    validateFiles(files)
      .diagnostics.filter((d) => d.severity === "error")
      .map((d) => d.code);
  expect(codes(manifest("Kota   "))).toEqual(["schema/pattern"]);
  expect(codes(manifest("   "))).toEqual(["value/empty"]);
  expect(codes(manifest("x".repeat(3000)))).toEqual(["schema/max-length"]);
  expect(codes(manifest("Contoh", "a".repeat(200)))).toEqual(["schema/max-length"]);
  expect(codes(manifest("Contoh Baru"))).toEqual([]);
});
