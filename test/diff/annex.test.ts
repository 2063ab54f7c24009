import { expect, it } from "vitest";
import { annexModel, citeVersion } from "../../src/diff/annex.js";
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
  const version = { drafted: "2026-10-14", enacted: false, tag: "v1", date: "2026-11-28" };
  const annex = annexModel(diff, version, locale);
  expect(annex.title).toBe("DAFTAR PERUBAHAN");
  expect(annex.basis).toBe(
    "Daftar ini memuat perubahan terhadap rancangan tanggal 14 Oktober 2026.",
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

it("cites an earlier version by its draft date, else its tag, else its day, never by a hash", () => {
  const cite = (v: Partial<Parameters<typeof citeVersion>[0]>) =>
    citeVersion({ drafted: null, enacted: false, tag: null, date: null, ...v }, locale);
  expect(cite({ drafted: "2026-10-14", tag: "rancangan-2", date: "2026-12-01" })).toBe(
    "rancangan tanggal 14 Oktober 2026",
  );
  expect(cite({ drafted: "2026-10-14", enacted: true })).toBe(
    "naskah yang ditetapkan tanggal 14 Oktober 2026",
  );
  expect(cite({ tag: "rancangan-dprd", date: "2026-12-01" })).toBe("versi rancangan-dprd");
  expect(cite({ date: "2026-12-01" })).toBe("versi tanggal 1 Desember 2026");
  expect(cite({})).toBe("versi sebelumnya");
});
