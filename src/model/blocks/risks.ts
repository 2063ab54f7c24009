import type { Caption, RiskModel } from "../document-model.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface RisksData {
  /** Null when no program names a risk: the section says so instead of a table. */
  caption: Caption | null;
  /** Every program's risks, most serious first. */
  rows: Array<RiskModel & { program: string; anchor: string }>;
}

/** The risk register: every program's risks, most serious first. */
export function risksBlock(ctx: BlockContext): Draft[] {
  const rows = ctx.programs
    .flatMap((p) => p.risks.map((r) => ({ ...r, program: p.name, anchor: p.anchor })))
    .sort((a, b) => b.level - a.level);
  const data: RisksData = {
    caption: rows.length ? ctx.caption(word(ctx.locale.captions, "risks")) : null,
    rows,
  };
  return [part("risks", word(ctx.locale.blocks, "risks"), { block: "risks", data })];
}
