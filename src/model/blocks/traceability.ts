import type { Caption } from "../document-model.js";
import { word } from "../locale.js";
import { rpjpdLabels } from "../rpjpd-labels.js";
import { part, rpjmdName, type BlockContext, type Draft } from "./context.js";

export interface TraceabilityData {
  caption: Caption;
  /** The RPJPD goals, as columns. */
  goals: string[];
  /** The heading of the RPJMD column; null when the plan has no RPJMD. */
  rpjmd: string | null;
  /** The heading of the VID 2045 column; null when the plan names no pillars. */
  pillars: string | null;
  rows: Array<{
    name: string;
    anchor: string;
    marks: boolean[];
    rpjmd: string[] | null;
    pillars: string[] | null;
  }>;
}

/**
 * Each program against the RPJPD goals, the RPJMD focus areas and the VID 2045 pillars. With
 * nothing to trace against, a table of program names alone would say nothing: it is left out.
 */
export function traceabilityBlock(ctx: BlockContext): Draft[] {
  const { locale } = ctx;
  const r = ctx.plan.rpjpd.data;
  if (ctx.programs.length === 0) return [];
  if (!r.goals.length && !r.rpjmd && !r.digital_pillars?.length) return [];
  const goalLabel = rpjpdLabels(r, locale).goal;
  const data: TraceabilityData = {
    caption: ctx.caption(word(locale.captions, "traceability")),
    goals: r.goals.map((g) => goalLabel.get(g.id)!),
    rpjmd: r.rpjmd ? word(locale.labels, "rpjmd", { rpjmd: rpjmdName(r.rpjmd) }) : null,
    pillars: r.digital_pillars?.length ? word(locale.labels, "pillars") : null,
    rows: ctx.programs.map((p) => ({
      name: p.name,
      anchor: p.anchor,
      marks: r.goals.map((g) => p.rpjpdGoals.some((x) => x.id === g.id)),
      rpjmd: p.rpjmdFocus,
      pillars: p.digitalPillars,
    })),
  };
  return [
    part("traceability", word(locale.blocks, "traceability"), { block: "traceability", data }),
  ];
}
