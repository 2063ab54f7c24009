import type { Caption } from "../document-model.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface ResponsibilityData {
  caption: Caption;
  /** The dimensions, as columns. */
  columns: string[];
  /** Each agency with a role: the programs it leads and supports in each dimension. */
  rows: Array<{ label: string; cells: Array<{ lead: number; support: number }> }>;
}

/** Which agency leads and supports how many programs of each dimension. */
export function responsibilityBlock(ctx: BlockContext): Draft[] {
  const rows = ctx.plan.agencies.data.agencies
    .map((a) => ({
      label: a.abbreviation ?? a.name,
      cells: ctx.dimensions.map((d) => ({
        lead: d.programs.filter((p) => p.lead?.id === a.id).length,
        support: d.programs.filter((p) => p.supporting.some((s) => s.id === a.id)).length,
      })),
    }))
    .filter((r) => r.cells.some((c) => c.lead + c.support > 0));
  if (rows.length === 0) return [];
  const data: ResponsibilityData = {
    caption: ctx.caption(word(ctx.locale.captions, "responsibility")),
    columns: ctx.dimensions.map((d) => d.name),
    rows,
  };
  return [
    part("responsibility", word(ctx.locale.blocks, "responsibility"), {
      block: "responsibility",
      data,
    }),
  ];
}
