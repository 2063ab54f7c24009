import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import type { DocumentModel, Matrix, SectionModel } from "../../src/model/document-model.js";
import { buildModel } from "../../src/model/build-model.js";
import type { Locale } from "../../src/model/locale.js";
import { prepare } from "../../src/pipeline/prepare.js";
import type { PlanSources } from "../../src/validate/plan-sources.js";

const locale = JSON.parse(readFileSync("templates/default/locale.json", "utf8")) as Locale;
let plan: PlanSources;
let model: DocumentModel;

beforeAll(async () => {
  plan = (await prepare("masterplan")).sources!;
  model = buildModel(plan, { locale });
});

const sections = (m: DocumentModel): SectionModel[] => {
  const out: SectionModel[] = [];
  const walk = (s: SectionModel) => {
    out.push(s);
    s.sections.forEach(walk);
  };
  m.chapters.forEach((c) => c.sections.forEach(walk));
  return out;
};
const matrixOf = (anchorTitle: string) =>
  (sections(model).find((s) => s.title === anchorTitle)?.data as { matrix: Matrix }).matrix;

it("orders chapters and numbers them BAB I to BAB XI", () => {
  expect(model.chapters.map((c) => c.label)).toEqual([
    "BAB I",
    "BAB II",
    "BAB III",
    "BAB IV",
    "BAB V",
    "BAB VI",
    "BAB VII",
    "BAB VIII",
    "BAB IX",
    "BAB X",
    "BAB XI",
  ]);
  expect(model.toc.filter((t) => t.level === 1).map((t) => t.title)).toEqual([
    "DAFTAR ISTILAH DAN SINGKATAN",
    ...model.chapters.map((c) => c.title),
  ]);
});

it("budget recaps add up to the sum of every program budget", () => {
  const sum = plan.programs
    .flatMap((p) => p.data.budget ?? [])
    .reduce((a, l) => a + (l.amount ?? 0), 0);
  const byYear = matrixOf(locale.blocks["budget-year"]!);
  const byStage = matrixOf(locale.blocks["budget-stage"]!);
  const known = (cells: ReadonlyArray<{ known: number } | null>) =>
    cells.reduce((a, c) => a + (c?.known ?? 0), 0);
  expect(byYear.total).toEqual({ known: sum, complete: true });
  expect(byStage.total).toEqual({ known: sum, complete: true });
  expect(known(byYear.rows.map((r) => r.total))).toBe(sum);
  expect(known(byYear.totals)).toBe(sum);
  expect(byYear.columns).toEqual([
    "Smart Governance",
    "Smart Branding",
    "Smart Economy",
    "Smart Living",
    "Smart Society",
    "Smart Environment",
  ]);
  expect(byStage.columns[0]).toBe("Tahap I (2025–2029)");
  expect(byStage.rows.map((r) => r.label)).toContain("APBD");
});

it("gives every heading a unique anchor and every program its section number", () => {
  const anchors = [...model.chapters.map((c) => c.anchor), ...sections(model).map((s) => s.anchor)];
  expect(new Set(anchors).size).toBe(anchors.length);
  const programSections = sections(model).filter((s) => s.anchor.startsWith("program-"));
  expect(programSections).toHaveLength(plan.programs.length);
  expect(programSections[0]?.number).toMatch(/^6\.\d+\.1$/);
});

it("leaves unknown facts null for the document to show as blanks", () => {
  expect(model.heading.number).toBeNull();
  const rpjpd = sections(model).find((s) => s.block === "rpjpd")?.data as { vision: string | null };
  expect(rpjpd.vision).toBeNull();
  const gov = sections(model).find((s) => s.block === "governance")?.data as {
    coordinator: unknown;
  };
  // The plan says nobody has been designated: a fact, not a blank.
  expect(gov.coordinator).toMatchObject({ agency: { unassigned: true } });
  const dims = sections(model).find((s) => s.block === "coordinators")?.data as {
    dimensions: { coordinator: unknown }[];
  };
  expect(dims.dimensions.every((d) => d.coordinator === null)).toBe(true);
});

it("--paper a4 overrides the manifest", () => {
  expect(buildModel(plan, { locale, paper: "a4" }).paper).toMatchObject({
    size: "a4",
    widthMm: 210,
    heightMm: 297,
  });
  expect(model.paper).toMatchObject({ size: "f4", widthMm: 215, heightMm: 330 });
});

it("numbers tables per chapter in the order they print", () => {
  const captions = sections(model)
    .filter((s) => s.block === "programs" && s.data)
    .flatMap((s) => {
      const c = (s.data as { captions: Record<string, { label: string } | null> }).captions;
      return [c.profile, c.budget, c.indicators].flatMap((x) => (x ? [x.label] : []));
    });
  expect(captions[0]).toBe("Tabel 6.1");
  const numbers = captions.map((l) => Number(l.split(".")[1]));
  expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
});

it("never hands an RPJPD id to the page: goals carry labels", () => {
  const rpjpd = sections(model).find((s) => s.block === "rpjpd")?.data as {
    rows: Array<{ mission: { label: string }; goal: { label: string } | null }>;
  };
  expect(rpjpd.rows.map((r) => [r.mission.label, r.goal?.label])).toEqual([
    ["Misi 1", "Sasaran 1"],
    ["Misi 2", "Sasaran 2"],
    ["Misi 3", "Sasaran 3"],
    ["Misi 4", "Sasaran 4"],
  ]);
  expect(JSON.stringify(rpjpd)).not.toMatch(/"(misi|sasaran)-\d/);
});

it("joins agency abbreviations to the glossary and sorts it", () => {
  const terms = model.glossary.entries.map((e) => e.term);
  expect(terms).toContain("Dinkominfo");
  expect(terms).toContain("SPBE");
  expect([...terms].sort((a, b) => a.localeCompare(b, "id", { sensitivity: "base" }))).toEqual(
    terms,
  );
  expect(model.foreignTerms).toContain("smart city");
});

it("metadata names the regency as author", () => {
  expect(model.metadata.author).toBe("Pemerintah Kabupaten Purbalingga");
  expect(model.metadata.title).toBe(plan.manifest.data.title);
});
