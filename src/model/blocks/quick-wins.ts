import type { Caption, ProgramModel } from "../document-model.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface QuickWinsData {
  caption: Caption;
  programs: ProgramModel[];
  /** Some quick win's target is the drafting team's proposal. */
  proposed: boolean;
}

/**
 * The quick wins in one table that summarises them and says where to read more: Bab VI holds
 * each program's profile, and the quick-win profile document the rest.
 */
export function quickWinsBlock(ctx: BlockContext): Draft[] {
  const quickWins = ctx.programs.filter((p) => p.quickWin);
  if (quickWins.length === 0) return [];
  const data: QuickWinsData = {
    caption: ctx.caption(word(ctx.locale.captions, "quick-wins")),
    programs: quickWins,
    proposed: quickWins.some((p) => p.proposed),
  };
  return [part("quick-wins", word(ctx.locale.blocks, "quick-wins"), { block: "quick-wins", data })];
}
