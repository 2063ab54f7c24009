import type { Caption, ProgramModel } from "../document-model.js";
import { placesBlock } from "../../validate/plan-sources.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface QuickWinsData {
  caption: Caption;
  programs: ProgramModel[];
  /** Some quick win's target is the drafting team's proposal. */
  proposed: boolean;
  /** Where to read each quick win's profile: its chapter, as the document numbers it. */
  reference: string;
}

/**
 * The quick wins in one table that summarises them and says where to read more: the chapter of
 * the programs block holds each program's profile, and the quick-win profile document the rest.
 */
export function quickWinsBlock(ctx: BlockContext): Draft[] {
  const quickWins = ctx.programs.filter((p) => p.quickWin);
  if (quickWins.length === 0) return [];
  const data: QuickWinsData = {
    caption: ctx.caption(word(ctx.locale.captions, "quick-wins")),
    programs: quickWins,
    proposed: quickWins.some((p) => p.proposed),
    reference: ctx.refer(
      word(
        ctx.locale.labels,
        placesBlock(ctx.plan, "programs") ? "quickWinReference" : "quickWinReferenceDocument",
      ),
    ),
  };
  return [part("quick-wins", word(ctx.locale.blocks, "quick-wins"), { block: "quick-wins", data })];
}
