import { budgetBySourceAndStage, budgetByYearAndDimension } from "../budget-recap.js";
import type { Caption, Matrix } from "../document-model.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface BudgetData {
  caption: Caption;
  matrix: Matrix;
}

/** The funding sources a budget line may name, in the order recaps list them. */
export const SOURCES = [
  "apbd",
  "apbd-provinsi",
  "apbn",
  "dak",
  "dana-desa",
  "csr",
  "kpbu",
  "swasta",
];

/** The budget recaps: by year and dimension, then by source and stage. */
export function budgetBlock(ctx: BlockContext): Draft[] {
  if (ctx.programs.length === 0) return [];
  const { locale } = ctx;
  const t = (key: string) => word(locale.blocks, key);
  const byYear: BudgetData = {
    caption: ctx.caption(word(locale.captions, "budget-year")),
    matrix: budgetByYearAndDimension(ctx.programs, ctx.dimensions),
  };
  const byStage: BudgetData = {
    caption: ctx.caption(word(locale.captions, "budget-stage")),
    matrix: budgetBySourceAndStage(ctx.programs, ctx.stages, SOURCES, (s) =>
      s === null ? word(locale.sources, "unknown") : word(locale.sources, s),
    ),
  };
  return [
    part("budget-year", t("budget-year"), { block: "budget", data: byYear }),
    part("budget-stage", t("budget-stage"), { block: "budget", data: byStage }),
  ];
}
