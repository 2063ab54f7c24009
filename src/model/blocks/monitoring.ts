import type { AgencyRef, Caption } from "../document-model.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface MonitoringData {
  caption: Caption;
  rows: Array<{
    indicator: string;
    unit: string | null;
    program: string;
    anchor: string;
    /** The agency that reports it: the program's lead. */
    agency: AgencyRef | null;
    targets: Array<{ year: number; target: { value: number | null } }>;
    /** How often it is reported, in words; null when neither the indicator nor the plan says. */
    reporting: string | null;
  }>;
}

/** The monitoring and evaluation matrix: each indicator, its targets, who reports it and how often. */
export function monitoringBlock(ctx: BlockContext): Draft[] {
  const fallback = ctx.plan.manifest.data.governance?.reporting ?? null;
  const sources = new Map(ctx.plan.programs.map((d) => [d.data.id, d.data]));
  const rows = ctx.programs.flatMap((p) =>
    p.indicators.map((ind, i) => {
      const reporting = sources.get(p.id)!.indicators[i]?.reporting ?? fallback;
      return {
        indicator: ind.name,
        unit: ind.unit,
        program: p.name,
        anchor: p.anchor,
        agency: p.lead,
        targets: p.indicatorYears
          .map((year, j) => ({ year, target: ind.targets[j] ?? null }))
          .filter(
            (x): x is { year: number; target: { value: number | null } } => x.target !== null,
          ),
        reporting: reporting ? word(ctx.locale.reporting, reporting) : null,
      };
    }),
  );
  if (rows.length === 0) return [];
  const data: MonitoringData = {
    caption: ctx.caption(word(ctx.locale.captions, "monitoring")),
    rows,
  };
  return [part("monitoring", word(ctx.locale.blocks, "monitoring"), { block: "monitoring", data })];
}
