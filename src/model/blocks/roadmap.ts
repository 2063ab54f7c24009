import type { Caption } from "../document-model.js";
import { word } from "../locale.js";
import { roadmap, type Roadmap } from "../roadmap.js";
import { part, type BlockContext, type Draft } from "./context.js";

export type RoadmapData = Roadmap & { figure: Caption };

/** The roadmap figure: every program as a bar over the horizon, by dimension and stage. */
export function roadmapBlock(ctx: BlockContext): Draft[] {
  if (ctx.programs.length === 0) return [];
  const data: RoadmapData = {
    figure: ctx.figure(word(ctx.locale.captions, "roadmap")),
    ...roadmap(
      ctx.dimensions.map((d) => ({ name: d.name, programs: d.programs })),
      ctx.plan.manifest.data.horizon,
      ctx.stages,
      ctx.textWidthPx,
      ctx.locale.blank,
    ),
  };
  return [part("roadmap", word(ctx.locale.blocks, "roadmap"), { block: "roadmap", data })];
}
