import { expect, it } from "vitest";
import { miniPlan, program, validateFiles } from "../../helpers/mini-plan.js";

const chapter = (blocks: string) =>
  `schema_version: 1\nid: blok\norder: 2\ntitle: Blok\nblocks: [${blocks}]\n`;

const cells = (files: Record<string, string>) =>
  validateFiles({ ...miniPlan(), ...files })
    .diagnostics.filter((d) => d.code === "blank/empty-cell")
    .map((d) => `${d.file.split("/plan/")[1]}:${d.line} ${d.severity} ${d.message}`);

it("warns about each table cell that would print no value", () => {
  const found = cells({
    "chapters/blok.yaml": chapter("stages, dimensions, infrastructure, traceability"),
    "dimensions/branding.yaml": miniPlan()["dimensions/branding.yaml"]!.replace(
      ", description: Uraian elemen",
      "",
    ),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      infrastructure: "digital",
      digital_pillars: "[]",
    }),
  });
  expect(found).toEqual([
    "masterplan.yaml:7 warning The stage `tahap-1` has no theme (Tema); its cell in the table shows a visible blank.",
    "masterplan.yaml:8 warning The stage `tahap-2` has no theme (Tema); its cell in the table shows a visible blank.",
    "dimensions/branding.yaml:6 warning The element `el-branding` has no description (Uraian); its cell in the table shows a visible blank.",
    "programs/governance/prog-governance.yaml:23 warning This infrastructure program has no output (Keluaran); its cell in the table shows a visible blank.",
    "programs/governance/prog-governance.yaml:15 warning This program has no pillar (Pilar); its cell in the table shows a visible blank.",
  ]);
});

it("says nothing of a table the document does not print, and fails an enacted plan", () => {
  expect(cells({})).toEqual([]);
  const enacted = miniPlan()["masterplan.yaml"]!.replace("status: rancangan", "status: ditetapkan");
  const found = cells({ "masterplan.yaml": enacted, "chapters/blok.yaml": chapter("stages") });
  expect(found).toHaveLength(2);
  expect(found.every((f) => f.includes(" error "))).toBe(true);
});
