import type { Caption, StageModel } from "../document-model.js";
import { word } from "../locale.js";
import { part, period, type BlockContext, type Draft } from "./context.js";

export interface StagesData {
  caption: Caption;
  stages: StageModel[];
}

/**
 * The masterplan's own stages and their themes. They usually follow the RPJPD's, but they are
 * the masterplan's: a 10-year Perbup plan has two stages of its own inside a 20-year RPJPD.
 */
export function stagesBlock(ctx: BlockContext): Draft[] {
  const horizon = period(ctx.plan.manifest.data.horizon);
  const data: StagesData = {
    caption: ctx.caption(word(ctx.locale.captions, "stages", { period: horizon ?? "" })),
    stages: ctx.stages,
  };
  const title = word(ctx.locale.blocks, "stages", { period: horizon ?? "" });
  return [part("stages", title, { block: "stages", data })];
}
