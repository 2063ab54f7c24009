import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { sumAmounts } from "../../src/budget/amount.js";
import { buildModel } from "../../src/model/build-model.js";
import type {
  DocumentModel,
  Matrix,
  ProgramModel,
  SectionModel,
} from "../../src/model/document-model.js";
import type { Locale } from "../../src/model/locale.js";
import { prepare } from "../../src/pipeline/prepare.js";

// A kota the default theme was not designed for, with unknown agencies, budgets and progress.
const KOTA = "test/fixtures/kota-contoh";
const locale = JSON.parse(readFileSync("templates/default/locale.json", "utf8")) as Locale;
let model: DocumentModel;

beforeAll(async () => {
  const checked = await prepare(KOTA);
  expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  model = buildModel(checked.sources!, { locale });
});

const sections = (): SectionModel[] => {
  const out: SectionModel[] = [];
  const walk = (s: SectionModel) => {
    out.push(s);
    s.sections.forEach(walk);
  };
  model.chapters.forEach((c) => c.sections.forEach(walk));
  return out;
};

it("sums the known part of unknown amounts and says the sum is incomplete", () => {
  expect(sumAmounts([100, null, 50])).toEqual({ known: 150, complete: false });
  expect(sumAmounts([0])).toEqual({ known: 0, complete: true });
  expect(sumAmounts([])).toEqual({ known: 0, complete: true });
});

it("keeps every unknown of a program unknown", () => {
  const p = sections().find((s) => s.anchor === "program-program-governance")!.data as {
    program: ProgramModel;
  };
  expect(p.program).toMatchObject({
    lead: null,
    budget: null,
    budgetTotal: null,
    status: null,
    progress: null,
    // The plan has no RPJMD section, so the row is left out rather than printed as "–".
    rpjmdFocus: null,
    digitalPillars: null,
  });
  const other = sections().find((s) => s.anchor === "program-program-economy")!.data as {
    program: ProgramModel;
  };
  expect(other.program.budgetTotal).toEqual({ known: 150_000_000, complete: false });
  expect(other.program.indicators[0]).toMatchObject({ baseline: null, targets: [{ value: null }] });
});

it("counts an unknown budget as unknown in every year and source it may fall in", () => {
  const [byYear, bySource] = sections()
    .filter((s) => s.block === "budget")
    .map((s) => s.data as { matrix: Matrix });
  expect(byYear!.matrix.total).toEqual({ known: 5 * 150_000_000, complete: false });
  const [y2024, y2025] = byYear!.matrix.rows;
  expect(y2024!.label).toBe("2024");
  // Governance has no known amount in 2024: its cell is unknown, not 0.
  expect(y2024!.cells[0]).toEqual({ known: 0, complete: false });
  expect(y2025!.total).toEqual({ known: 0, complete: false });
  expect(bySource!.matrix.rows.map((r) => r.label)).toEqual(["APBD", "Sumber belum diketahui"]);
});

it("takes the region's words from its kind and leaves out parts the plan does not have", () => {
  expect(model.words).toMatchObject({ region: "Kota", head: "Wali Kota", rpjmdFocus: null });
  expect(model.heading.regulation).toBe("RANCANGAN PERATURAN DAERAH KOTA CONTOH");
  const rpjpd = sections().find((s) => s.block === "rpjpd")!;
  expect(rpjpd.title).toBe("Arah RPJPD");
  expect(rpjpd.data).toMatchObject({ missionsCaption: null, rows: [], rpjmd: null });
  const governance = sections().find((s) => s.block === "governance")!.data;
  expect(governance).toMatchObject({ decree: { text: null }, caption: null, bodies: [] });
  // The region's facts list only what the plan gives: a kota here without desa.
  const facts = sections().find((s) => s.block === "region-facts")!.data as {
    rows: Array<{ label: string; value: unknown }>;
  };
  expect(facts.rows.map((r) => r.label)).toEqual([
    "Provinsi",
    "Jumlah kecamatan",
    "Jumlah kelurahan",
    "Jumlah penduduk",
  ]);
});

it("shows drafting notes in a draft and drops them from an enacted text", async () => {
  const checked = await prepare("masterplan");
  const sources = checked.sources!;
  const draft = buildModel(sources, { locale });
  expect(draft.chapters[3]!.note).toContain("rumusan sementara");
  const enacted = buildModel(
    {
      ...sources,
      manifest: {
        ...sources.manifest,
        data: {
          ...sources.manifest.data,
          legal: { ...sources.manifest.data.legal, status: "ditetapkan" },
        },
      },
    },
    { locale },
  );
  expect(enacted.draft).toBe(false);
  expect(enacted.chapters.map((c) => c.note)).toEqual(enacted.chapters.map(() => null));
  expect(JSON.stringify(enacted.chapters)).not.toContain("rumusan sementara");
});
