import { bulanAtauTriwulan, tanggal } from "../text/tanggal.js";
import type { PlanSources } from "../validate/plan-sources.js";
import { agencyLookup } from "./agency-lookup.js";
import { sumAmounts } from "../budget/amount.js";
import type { ProgramInput } from "../types/generated/program.js";
import type { ProgramModel, RiskModel } from "./document-model.js";
import { indicatorRows } from "./indicators.js";
import { word, type Locale } from "./locale.js";
import { rpjpdLabels } from "./rpjpd-labels.js";

/** Programs resolved against agencies, dimensions and planning references, in document order. */
export function resolvePrograms(plan: PlanSources, locale: Locale): ProgramModel[] {
  const ctx = lookups(plan, locale);
  const order = dimensionOrder(plan);
  return [...plan.programs]
    .map((doc) => doc.data)
    .sort(
      (a, b) =>
        order(a.dimension) - order(b.dimension) ||
        Number(b.quick_win) - Number(a.quick_win) ||
        (a.years.start ?? Infinity) - (b.years.start ?? Infinity) ||
        a.id.localeCompare(b.id),
    )
    .map((p) => programModel(p, ctx));
}

type Lookups = ReturnType<typeof lookups>;

/** What a program's references resolve against. */
function lookups(plan: PlanSources, locale: Locale) {
  const r = plan.rpjpd.data;
  return {
    locale,
    agency: agencyLookup(plan),
    dims: new Map(plan.dimensions.map((d) => [d.data.id, d.data])),
    goals: new Map(r.goals.map((g) => [g.id, g.text])),
    goalLabel: rpjpdLabels(r, locale).goal,
    focus: r.rpjmd ? new Map(r.rpjmd.focus_areas.map((f) => [f.id, f.name])) : null,
    pillars: r.digital_pillars ? new Map(r.digital_pillars.map((p) => [p.id, p.name])) : null,
    names: new Map(plan.programs.map((p) => [p.data.id, p.data.name])),
  };
}

function programModel(p: ProgramInput, ctx: Lookups): ProgramModel {
  // A name or element not chosen yet shows as a visible blank wherever the program is named.
  const blank = ctx.locale.blank;
  const dim = ctx.dims.get(p.dimension);
  const years = [...new Set(p.indicators.flatMap((i) => Object.keys(i.targets).map(Number)))].sort(
    (a, b) => a - b,
  );
  const budget =
    p.budget === null
      ? null
      : [...p.budget]
          .sort((a, b) => a.year - b.year || (a.source ?? "~").localeCompare(b.source ?? "~"))
          .map((b) => ({
            year: b.year,
            source: b.source,
            amount: b.amount,
            proposed: b.proposed ?? false,
          }));
  return {
    id: p.id,
    anchor: `program-${p.id}`,
    name: p.name ?? blank,
    unnamed: p.name === null,
    acronym: p.acronym ?? null,
    nomenclature: p.nomenclature ?? [],
    dimensionId: p.dimension,
    dimensionName: dim?.name ?? p.dimension,
    elementId: p.element,
    elementName: dim?.elements.find((e) => e.id === p.element)?.name ?? blank,
    description: p.description,
    objective: p.objective ?? null,
    output: p.output ?? null,
    outcome: p.outcome ?? null,
    location: p.location ?? null,
    lead: ctx.agency(p.lead_agency),
    supporting: p.supporting_agencies.map((id) => ctx.agency(id)!),
    quickWin: p.quick_win,
    infrastructure: p.infrastructure ?? null,
    start: p.years.start,
    end: p.years.end,
    status: p.status,
    progress: p.progress ? { percent: p.progress.percent, asOf: tanggal(p.progress.as_of) } : null,
    budget,
    budgetTotal: budget === null ? null : sumAmounts(budget.map((b) => b.amount)),
    budgetProposed: (budget ?? []).some((b) => b.proposed),
    indicatorYears: years,
    indicators: indicatorRows(p.indicators, years.map(String)),
    ...references(p, ctx),
    problem: p.problem ?? null,
    target12: p.target_12_months ?? null,
    milestones: (p.milestones ?? []).map((m) => ({
      when: bulanAtauTriwulan(m.when),
      what: m.what,
    })),
    risks: (p.risks ?? []).map((r): RiskModel => ({
      risk: r.risk,
      impact: word(ctx.locale.levels, r.impact),
      likelihood: word(ctx.locale.levels, r.likelihood),
      level: LEVEL[r.impact] * LEVEL[r.likelihood],
      mitigation: r.mitigation,
      owner: ctx.agency(r.owner),
    })),
    proposed: p.proposed ?? false,
  };
}

/** The planning documents and programs a program refers to, by their labels and names. */
function references(
  p: ProgramInput,
  ctx: Lookups,
): Pick<ProgramModel, "rpjpdGoals" | "rpjmdFocus" | "digitalPillars" | "dependsOn"> {
  return {
    rpjpdGoals: p.rpjpd.map((id) => ({
      id,
      label: ctx.goalLabel.get(id) ?? id,
      text: ctx.goals.get(id) ?? null,
    })),
    rpjmdFocus: ctx.focus ? (p.rpjmd ?? []).map((id) => ctx.focus!.get(id) ?? id) : null,
    digitalPillars: ctx.pillars
      ? (p.digital_pillars ?? []).map((id) => ctx.pillars!.get(id) ?? id)
      : null,
    dependsOn: p.depends_on.map((id) => ({
      id,
      name: ctx.names.get(id) ?? ctx.locale.blank,
      anchor: `program-${id}`,
    })),
  };
}

const LEVEL = { rendah: 1, sedang: 2, tinggi: 3 } as const;

/** Dimension ids in the order their files give (`order`). */
export function dimensionOrder(plan: PlanSources): (id: string) => number {
  const order = new Map<string, number>(plan.dimensions.map((d) => [d.data.id, d.data.order]));
  return (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
}
