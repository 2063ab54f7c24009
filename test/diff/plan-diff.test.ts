import { expect, it } from "vitest";
import { formatDiff } from "../../src/diff/format-diff.js";
import { diffPlans, hasChanges, type DiffSide } from "../../src/diff/plan-diff.js";
import { side } from "../helpers/diff-side.js";
import { miniPlan, program } from "../helpers/mini-plan.js";
import { defaultLocale } from "../helpers/theme.js";

const GOV = "programs/governance/prog-governance.yaml";
const labels = { base: "before", head: "after" };
const compare = (before: DiffSide, after: DiffSide) =>
  diffPlans(before, after, labels, defaultLocale);
const diff = (changes: Record<string, string>, removed: string[] = []) => {
  const head = { ...miniPlan(), ...changes };
  for (const f of removed) delete head[f];
  return compare(side(miniPlan()), side(head));
};
const gov = (extra: Record<string, string>) => ({
  [GOV]: program("governance", "prog-governance", extra),
});

it("finds nothing between equal plans", () => {
  const d = diff({});
  expect(hasChanges(d)).toBe(false);
  expect(formatDiff(d, "markdown")).toContain("No changes.");
});

it("names added and removed programs by id", () => {
  const d = diff(
    { "programs/economy/baru.yaml": program("economy", "baru", { quick_win: "false" }) },
    ["programs/society/prog-society.yaml"],
  );
  expect(d.programs.added.map((p) => p.id)).toEqual(["baru"]);
  expect(d.programs.removed.map((p) => p.id)).toEqual(["prog-society"]);
  expect(d.summary).toMatchObject({ added: 1, removed: 1, changed: 0 });
});

it("reports budget lines, totals per program, dimension and year in Rupiah", () => {
  const d = diff(gov({ budget: "[{ year: 2025, amount: 350000000, source: apbd }]" }));
  const [c] = d.programs.changed;
  expect(c?.budget).toEqual({
    before: { known: 100_000_000, complete: true },
    after: { known: 350_000_000, complete: true },
    lines: [
      { year: 2025, source: "apbd", sourceName: "APBD", before: 100_000_000, after: 350_000_000 },
    ],
  });
  expect(d.budget.byDimension.map((r) => r.label)).toEqual(["Smart governance"]);
  expect(d.budget.byYear.map((r) => r.key)).toEqual([2025]);
  const text = formatDiff(d, "text");
  expect(text).toContain("budget 2025 APBD: Rp 100.000.000 → Rp 350.000.000");
  expect(text).toContain("(+Rp 250.000.000)");
});

it("compares an unknown amount as unknown, never as 0", () => {
  const d = diff(gov({ budget: "[{ year: 2025, amount: null, source: apbd }]" }));
  const [c] = d.programs.changed;
  expect(c?.budget?.lines).toEqual([
    { year: 2025, source: "apbd", sourceName: "APBD", before: 100_000_000, after: null },
  ]);
  expect(c?.budget?.after).toEqual({ known: 0, complete: false });
  const text = formatDiff(d, "text");
  expect(text).toContain("budget 2025 APBD: Rp 100.000.000 → unknown");
  expect(text).not.toMatch(/Rp 0\b/);
});

it("reports moves, year and stage shifts, quick-win flags, targets and other fields", () => {
  const files = miniPlan();
  files["dimensions/governance.yaml"] = files["dimensions/governance.yaml"]!.replace(
    "elements: [{ id: el-governance, name: Elemen governance, english: Element, description: Uraian elemen }]",
    "elements: [{ id: el-governance, name: Elemen governance, english: Element, description: Uraian elemen }, { id: el-2, name: Dua, english: Two }]",
  );
  const before = side(files);
  const after = side({
    ...files,
    ...gov({
      element: "el-2",
      quick_win: "false",
      years: "{ start: 2025, end: 2031 }",
      indicators:
        "[{ name: Indikator, unit: unit, baseline: { value: 0, year: 2024, source: Survei }, targets: { 2026: 20 } }]",
      status: "null",
    }),
  });
  const [c] = compare(before, after).programs.changed;
  expect(c?.moved).toEqual({
    from: { dimension: "Smart governance", element: "Elemen governance" },
    to: { dimension: "Smart governance", element: "Dua" },
  });
  expect(c?.quickWin).toEqual({ before: true, after: false });
  expect(c?.years).toEqual({
    before: { start: 2025, end: 2026, stages: ["Tahap I"] },
    after: { start: 2025, end: 2031, stages: ["Tahap I", "Tahap II"] },
  });
  expect(c?.targets).toEqual([{ indicator: "Indikator", key: "2026", before: 10, after: 20 }]);
  expect(c?.fields).toEqual([{ field: "status", before: "Usulan", after: null }]);
});

it("reports changes in the other files by path", () => {
  const d = diff({
    "masterplan.yaml": miniPlan()["masterplan.yaml"]!.replace(
      "title: Masterplan Contoh",
      "title: Masterplan Kota Contoh",
    ),
  });
  expect(d.files).toEqual([
    {
      file: "masterplan.yaml",
      part: { kind: "manifest" },
      changes: [{ field: "title", before: "Masterplan Contoh", after: "Masterplan Kota Contoh" }],
    },
  ]);
});
