import { expect, it } from "vitest";
import { prepare } from "../src/pipeline/prepare.js";

it("the bundled Purbalingga masterplan has no errors and covers every dimension", async () => {
  const { sources, diagnostics } = await prepare("masterplan");
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(sources).not.toBeNull();
  const plan = sources!;
  expect(plan.dimensions.map((d) => d.data.id).sort()).toEqual([
    "branding",
    "economy",
    "environment",
    "governance",
    "living",
    "society",
  ]);
  expect(plan.programs.length).toBeGreaterThanOrEqual(30);
  for (const dim of plan.dimensions) {
    const programs = plan.programs.filter((p) => p.data.dimension === dim.data.id);
    expect(programs.length, dim.data.id).toBeGreaterThanOrEqual(5);
    expect(
      programs.some((p) => p.data.quick_win),
      dim.data.id,
    ).toBe(true);
    expect(dim.data.elements, dim.data.id).toHaveLength(3);
  }
  expect(plan.manifest.data.legal.status).toBe("rancangan");
  expect(plan.manifest.data.signatory.title).toBe("BUPATI PURBALINGGA");
  expect(plan.chapters).toHaveLength(11);
});

it("unknown facts are left visibly blank, and validation says so", async () => {
  const { diagnostics } = await prepare("masterplan");
  const codes = new Set(diagnostics.map((d) => d.code));
  // Nobody has been designated the smart-city coordinator; the dimension coordinators named by
  // the decree are merely unknown to the drafting team, which is a blank.
  expect(codes).toContain("blank/unassigned");
  const blanks = diagnostics.filter((d) => d.code === "blank/left-blank").map((d) => d.message);
  const blank = (field: string) =>
    `Not known yet (null): ${field}; the document shows a visible blank.`;
  expect(blanks).toContain(blank("the RPJPD vision"));
  expect(blanks).toContain(blank("the number of the legal status"));
  expect(blanks).toContain(blank("the coordinating agency"));
});

it("states no measured value without its year and source", async () => {
  const { diagnostics } = await prepare("masterplan");
  expect(diagnostics.filter((d) => d.code === "indicator/baseline-unsourced")).toEqual([]);
});

it("lists only peraturan perundang-undangan as its legal basis, in hierarchy order", async () => {
  const { sources } = await prepare("masterplan");
  const chapter = sources!.chapters.find((c) => c.data.order === 1)!.data;
  const section = chapter.sections!.find((s) => "title" in s && s.title === "Dasar Hukum");
  const body = section && "body" in section ? (section.body ?? "") : "";
  const items = body.split(/\n(?=\d+\. )/).map((l) => l.replace(/^\d+\.\s+/, ""));
  const RANKS = [
    "Undang-Undang",
    "Peraturan Pemerintah",
    "Peraturan Presiden",
    "Peraturan Menteri",
    "Peraturan Daerah",
  ];
  const ranks = items.map((item) => RANKS.findIndex((r) => item.startsWith(r)));
  expect(ranks.length).toBeGreaterThanOrEqual(8);
  expect(ranks, items.join("\n")).not.toContain(-1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(body).not.toMatch(/Keputusan/);
});
