import type { Caption, DimensionModel } from "../document-model.js";
import { baselineSources } from "../indicators.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface DimensionData {
  dimension: DimensionModel;
  captions: { elements: Caption; indicators: Caption | null };
}

/** One section per dimension: its elements with their programs, its goals and indicators. */
export function dimensionsBlock(ctx: BlockContext): Draft[] {
  const cap = (key: string, dimension: string, source?: string | null) =>
    ctx.caption(word(ctx.locale.captions, key, { dimension }), source);
  return ctx.dimensions.map((d) => {
    const data: DimensionData = {
      dimension: d,
      captions: {
        elements: cap("elements", d.name),
        indicators: d.indicators.length
          ? cap("dimensionIndicators", d.name, baselineSources(d.indicators))
          : null,
      },
    };
    return part(d.anchor, d.name, { block: "dimensions", data });
  });
}
