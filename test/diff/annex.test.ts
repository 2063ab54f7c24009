import { expect, it } from "vitest";
import { annexModel } from "../../src/diff/annex.js";
import { diffPlans } from "../../src/diff/plan-diff.js";
import { miniPlan, program } from "../helpers/mini-plan.js";
import { defaultLocale as locale } from "../helpers/theme.js";
import { side } from "../helpers/diff-side.js";

it("lists the changes in Indonesian, by name, with unknowns as unknown", () => {
  const base = side(miniPlan());
  const head = side({
    ...miniPlan(),
    "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
      budget: "[{ year: 2025, amount: null, source: apbd }]",
      lead_agency: "dinkes",
      status: "berjalan",
    }),
    "programs/economy/baru.yaml": program("economy", "baru", { quick_win: "false" }),
  });
  const diff = diffPlans(base, head, { base: "a", head: "b" }, locale);
  const annex = annexModel(diff, { commit: "1a2b3c4", date: "2026-11-28" }, locale);
  expect(annex.title).toBe("DAFTAR PERUBAHAN");
  expect(annex.basis).toBe(
    "Daftar ini memuat perubahan terhadap versi 1a2b3c4 (28 November 2026).",
  );
  expect(annex.parts.map((p) => `${p.label} ${p.title}`)).toEqual([
    "A. Program yang ditambahkan",
    "B. Program yang diubah",
  ]);
  expect(annex.parts[0]!.items[0]!.text).toBe(
    "Program baru (Smart economy, 2025–2026), jumlah anggaran Rp 100.000.000",
  );
  const changed = annex.parts[1]!.items[0]!;
  expect(changed.text).toBe("Program prog-governance");
  expect(changed.details).toEqual([
    "anggaran tahun 2025 (APBD) semula Rp 100.000.000 menjadi belum diketahui",
    "jumlah anggaran semula Rp 100.000.000 menjadi belum diketahui",
    "pengampu semula Dinas Komunikasi dan Informatika menjadi Dinas Kesehatan",
    "status semula Usulan menjadi Berjalan",
  ]);
  expect(JSON.stringify(annex)).not.toMatch(/Rp 0\b/);
});
