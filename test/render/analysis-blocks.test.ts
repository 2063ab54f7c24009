import { beforeAll, expect, it } from "vitest";
import { buildModel } from "../../src/model/build-model.js";
import { prepare } from "../../src/pipeline/prepare.js";
import { renderHtml } from "../../src/render/render-html.js";
import type { PlanSources } from "../../src/validate/plan-sources.js";
import {
  attr,
  byTag,
  hasClass,
  readHtml,
  tableUnder,
  textOf,
  type Element,
} from "../helpers/html.js";
import { themeFor } from "../helpers/theme.js";

// The analysis a masterplan needs, generated from data: the SWOT with its strategies, the risk
// register and the monitoring and evaluation matrix.
let plan: PlanSources;
let root: Element;
beforeAll(async () => {
  plan = (await prepare("masterplan")).sources!;
  const { theme, locale } = await themeFor(plan.root);
  root = readHtml(renderHtml(buildModel(plan, { locale }), theme, locale));
});

/** The body rows of the table under a caption, each as its cells' text. */
const rowsUnder = (caption: string) => tableUnder(root, caption).slice(1);
const texts = (row: Element[]) =>
  row.map((c) =>
    textOf(c)
      .replace(/[ \t]+/g, " ")
      .trim(),
  );

it("prints the SWOT factors, and each strategy with its kind, factors and programs", () => {
  const swot = plan.swot!.data;
  expect(tableUnder(root, "Faktor Kekuatan, Kelemahan, Peluang, dan Ancaman")).toHaveLength(4);
  const rows = rowsUnder("Strategi SO, ST, WO, dan WT serta Program Pelaksananya");
  expect(rows).toHaveLength(swot.strategies.length);
  const kinds = rows.map((r) => r.find((c) => hasClass(c, "nowrap"))!);
  expect(kinds.map((c) => textOf(c))).toEqual([...swot.strategies.map((s) => s.kind)].sort());
  // Linked to the programs that carry them out, by their names.
  const names = new Map(plan.programs.map((p) => [p.data.id, p.data.name!]));
  const wo = swot.strategies.find((s) => s.kind === "WO")!;
  const row = rows.find((r) => texts(r).includes("WO"))!;
  const links = row.flatMap((c) => byTag(c, "a")).map((a) => [attr(a, "href"), textOf(a)]);
  for (const id of wo.programs) expect(links).toContainEqual([`#program-${id}`, names.get(id)]);
  expect(texts(row).some((t) => /^W\d, O\d/.test(t))).toBe(true);
});

it("prints a risk register of every program's risks, most serious first", () => {
  const risks = plan.programs.flatMap((p) => p.data.risks ?? []);
  expect(risks.length).toBeGreaterThan(0);
  const rows = rowsUnder("Daftar Risiko Program");
  expect(rows).toHaveLength(risks.length);
  const level = { rendah: 1, sedang: 2, tinggi: 3 } as const;
  const printed = rows.map((r) => {
    const [impact, likelihood] = texts(r)
      .filter((t): t is keyof typeof level => t in level)
      .map((t) => level[t]);
    return impact! * likelihood!;
  });
  expect(printed).toEqual([...printed].sort((a, b) => b - a));
});

it("prints a monitoring matrix: each indicator, its targets by year, its agency and reporting period", () => {
  const indicators = plan.programs.flatMap((p) => p.data.indicators);
  const rows = rowsUnder("Matriks Pemantauan dan Evaluasi Indikator Program");
  expect(rows).toHaveLength(indicators.length);
  // The manifest's period stands for indicators that name none.
  expect(rows.every((r) => texts(r).includes("semesteran"))).toBe(true);
  const first = plan.programs.find((p) => p.data.id === "matur-bupati-terpadu")!.data;
  const indicator = first.indicators[0]!;
  const row = texts(rows.find((r) => texts(r)[0] === `${indicator.name} (${indicator.unit})`)!);
  expect(row[2]!.split("\n")).toEqual(
    Object.entries(indicator.targets).map(([year, target]) => `${year}: ${target}`),
  );
  expect(row).toContain("Dinkominfo");
});
