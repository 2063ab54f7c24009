import { word } from "../locale.js";
import type { Caption } from "../document-model.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface SwotData {
  captions: { factors: Caption; strategies: Caption };
  /** Strengths, weaknesses, opportunities and threats, each labelled by letter and place. */
  factors: Array<{ title: string; items: Array<{ label: string; text: string }> }>;
  /** The strategies are the drafting team's proposal. */
  proposed: boolean;
  /** SO, ST, WO, WT in that order, each with the factors it uses and the programs that carry it out. */
  strategies: Array<{
    kind: string;
    text: string;
    factors: string;
    programs: Array<{ name: string; anchor: string }>;
  }>;
}

const LISTS = ["strengths", "weaknesses", "opportunities", "threats"] as const;
const ORDER = ["SO", "ST", "WO", "WT"];

/** The SWOT of swot.yaml: the factors, and each strategy with the programs that carry it out. */
export function swotBlock(ctx: BlockContext): Draft[] {
  const s = ctx.plan.swot?.data;
  if (!s) return [];
  const { locale } = ctx;
  // Factors are labelled by their letter and place: S1, W2, O1, T3.
  const labels = new Map<string, string>();
  const factors = LISTS.map((list) => {
    const letter = list === "strengths" ? "S" : list[0]!.toUpperCase();
    return {
      title: word(locale.labels, list),
      items: s[list].map((f, i) => {
        labels.set(f.id, `${letter}${i + 1}`);
        return { label: `${letter}${i + 1}`, text: f.text };
      }),
    };
  });
  const byId = new Map(ctx.programs.map((p) => [p.id, p]));
  const data: SwotData = {
    captions: {
      factors: ctx.caption(word(locale.captions, "swot")),
      strategies: ctx.caption(word(locale.captions, "strategies")),
    },
    factors,
    proposed: s.proposed ?? false,
    strategies: [...s.strategies]
      .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
      .map((x) => ({
        kind: x.kind,
        text: x.text,
        factors: x.factors.map((id) => labels.get(id) ?? id).join(", "),
        programs: x.programs
          .map((id) => byId.get(id))
          .filter((p) => p !== undefined)
          .map((p) => ({ name: p.name, anchor: p.anchor })),
      })),
  };
  return [part("swot", word(locale.blocks, "swot"), { block: "swot", data })];
}
