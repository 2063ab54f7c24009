import type { PlanSources } from "../../validate/plan-sources.js";
import type { Caption } from "../document-model.js";
import { word, type Locale } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

/** A fact of the region as a row: null is a visible blank. */
export interface FactRow {
  label: string;
  value: string | number | null;
  year: number | null;
}

export interface RegionFactsData {
  caption: Caption;
  rows: FactRow[];
}

/** The region's facts as rows of a table: a fact the plan does not give is not a row. */
export function regionFacts(plan: PlanSources, locale: Locale): FactRow[] {
  const m = plan.manifest.data;
  const f = m.region.facts ?? {};
  const rows: Array<[string, string | number | null | undefined]> = [
    ["province", m.region.province],
    ["kecamatan", f.kecamatan],
    ["desa", f.desa],
    ["kelurahan", f.kelurahan],
    ["area_km2", f.area_km2],
    ["population", f.population],
    ["spbe_index", f.spbe_index],
  ];
  const years: Record<string, number | null | undefined> = {
    population: f.population_year,
    spbe_index: f.spbe_year,
  };
  return rows
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({
      label: word(locale.facts, key),
      value: value ?? null,
      year: years[key] ?? null,
    }));
}

/** The table of the region's facts. */
export function regionFactsBlock(ctx: BlockContext): Draft[] {
  const { plan, locale } = ctx;
  const data: RegionFactsData = {
    caption: ctx.caption(
      word(locale.captions, "region-facts"),
      plan.manifest.data.region.facts?.source ?? null,
    ),
    rows: regionFacts(plan, locale),
  };
  return [
    part("region-facts", word(locale.blocks, "region-facts"), { block: "region-facts", data }),
  ];
}
