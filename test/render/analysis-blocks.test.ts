import { beforeAll, expect, it } from "vitest";
import { themeFor } from "../helpers/theme.js";
import { buildModel } from "../../src/model/build-model.js";
import { renderHtml } from "../../src/render/render-html.js";
import { prepare } from "../../src/pipeline/prepare.js";
import type { PlanSources } from "../../src/validate/plan-sources.js";

// The analysis a masterplan needs, generated from data: the SWOT with its strategies, the risk
// register and the monitoring and evaluation matrix.
let plan: PlanSources;
let html: string;
beforeAll(async () => {
  plan = (await prepare("masterplan")).sources!;
  const { theme, locale } = await themeFor(plan.root);
  html = renderHtml(buildModel(plan, { locale }), theme, locale);
});

/** The rows of the table under a caption. */
const rowsUnder = (caption: string) => {
  const at = html.indexOf(caption);
  expect(at, caption).toBeGreaterThan(0);
  const table = /<table[\s\S]*?<\/table>/.exec(html.slice(at))![0];
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
};

it("prints the SWOT factors, and each strategy with its kind, factors and programs", () => {
  const swot = plan.swot!.data;
  expect(rowsUnder("Faktor Kekuatan, Kelemahan, Peluang dan Ancaman")).toHaveLength(4);
  const rows = rowsUnder("Strategi SO, ST, WO dan WT serta Program Pelaksananya").slice(1);
  expect(rows).toHaveLength(swot.strategies.length);
  expect(rows.map((r) => /<td class="nowrap">(\w\w)<\/td>/.exec(r)![1])).toEqual(
    [...swot.strategies.map((s) => s.kind)].sort(),
  );
  // Linked to the programs that carry them out, by their names.
  const names = new Map(plan.programs.map((p) => [p.data.id, p.data.name!]));
  const wo = swot.strategies.find((s) => s.kind === "WO")!;
  const row = rows.find((r) => r.includes(">WO<"))!;
  for (const id of wo.programs)
    expect(row).toContain(`<a href="#program-${id}">${names.get(id)}</a>`);
  expect(row).toMatch(/<td>W\d, O\d/);
});

it("prints a risk register of every program's risks, most serious first", () => {
  const risks = plan.programs.flatMap((p) => p.data.risks ?? []);
  expect(risks.length).toBeGreaterThan(0);
  const rows = rowsUnder("Daftar Risiko Program").slice(1);
  expect(rows).toHaveLength(risks.length);
  const level = { rendah: 1, sedang: 2, tinggi: 3 } as const;
  const printed = rows.map((r) => {
    const [impact, likelihood] = [...r.matchAll(/<td>(rendah|sedang|tinggi)<\/td>/g)].map(
      (m) => level[m[1] as keyof typeof level],
    );
    return impact! * likelihood!;
  });
  expect(printed).toEqual([...printed].sort((a, b) => b - a));
});

it("prints a monitoring matrix: each indicator, its targets by year, its agency and reporting period", () => {
  const indicators = plan.programs.flatMap((p) => p.data.indicators);
  const rows = rowsUnder("Matriks Pemantauan dan Evaluasi Indikator Program").slice(1);
  expect(rows).toHaveLength(indicators.length);
  // The manifest's period stands for indicators that name none.
  expect(rows.every((r) => r.includes("<td>semesteran</td>"))).toBe(true);
  const first = plan.programs.find((p) => p.data.id === "matur-bupati-terpadu")!.data;
  const row = rows.find((r) => r.includes(first.indicators[0]!.name))!;
  for (const [year, target] of Object.entries(first.indicators[0]!.targets))
    expect(row).toContain(`${year}: ${target}`);
  expect(row).toContain("<td>Dinkominfo</td>");
});
