import { expect, it } from "vitest";
import { check, program, validateFiles, miniPlan } from "../../helpers/mini-plan.js";

it("passes a known element", () => {
  expect(
    check({
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        element: "el-governance",
      }),
    }),
  ).toEqual([]);
});

it("reports an unknown element with a suggestion", () => {
  const files = {
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      element: "el-governanse",
    }),
  };
  const [d] = validateFiles(files).diagnostics;
  expect(d?.code).toBe("ref/unknown-element");
  expect(d?.line).toBe(5);
  expect(d?.hint).toBe("Did you mean `el-governance`?");
});

it("reports a dimension whose file is missing", () => {
  const files = miniPlan();
  delete files["dimensions/governance.yaml"];
  const codes = validateFiles(files).diagnostics.map((d) => d.code);
  expect(codes).toContain("ref/unknown-dimension");
});
