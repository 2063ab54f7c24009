import { bulanAtauTriwulan, tanggal } from "../text/tanggal.js";
import type { PlanSources } from "../validate/plan-sources.js";
import { agencyLookup } from "./agency-lookup.js";
import { sumAmounts } from "../budget/amount.js";
import type { AgencyRef, ProgramModel, RiskModel } from "./document-model.js";
import { indicatorRows } from "./indicators.js";
import { word, type Locale } from "./locale.js";
import { rpjpdLabels } from "./rpjpd-labels.js";

/** Programs resolved against agencies, dimensions and planning references, in document order. */
export function resolvePrograms(plan: PlanSources, locale: Locale): ProgramModel[] {
  const lookup = agencyLookup(plan);
  const agency = (id: string): AgencyRef => lookup(id)!;
  const dims = new Map(plan.dimensions.map((d) => [d.data.id, d.data]));
  const r = plan.rpjpd.data;
  const goals = new Map(r.goals.map((g) => [g.id, g.text]));
  const goalLabel = rpjpdLabels(r, locale).goal;
  const focus = r.rpjmd ? new Map(r.rpjmd.focus_areas.map((f) => [f.id, f.name])) : null;
  const pillars = r.digital_pillars ? new Map(r.digital_pillars.map((p) => [p.id, p.name])) : null;
  const names = new Map(plan.programs.map((p) => [p.data.id, p.data.name]));
  const order = dimensionOrder(plan);
  // A name or element not chosen yet shows as a visible blank wherever the program is named.
  const blank = locale.blank;

  return [...plan.programs]
    .map((doc) => doc.data)
    .sort(
      (a, b) =>
        order(a.dimension) - order(b.dimension) ||
        Number(b.quick_win) - Number(a.quick_win) ||
        a.years.start - b.years.start ||
        a.id.localeCompare(b.id),
    )
    .map((p): ProgramModel => {
      const dim = dims.get(p.dimension);
      const years = [
        ...new Set(p.indicators.flatMap((i) => Object.keys(i.targets).map(Number))),
      ].sort((a, b) => a - b);
      const budget =
        p.budget === null
          ? null
          : [...p.budget]
              .sort((a, b) => a.year - b.year || a.source.localeCompare(b.source))
              .map((b) => ({ year: b.year, source: b.source, amount: b.amount }));
      return {
        id: p.id,
        anchor: `program-${p.id}`,
        name: p.name ?? blank,
        unnamed: p.name === null,
        acronym: p.acronym ?? null,
        dimensionId: p.dimension,
        dimensionName: dim?.name ?? p.dimension,
        elementId: p.element,
        elementName: dim?.elements.find((e) => e.id === p.element)?.name ?? blank,
        description: p.description,
        objective: p.objective ?? null,
        output: p.output ?? null,
        outcome: p.outcome ?? null,
        location: p.location ?? null,
        lead: lookup(p.lead_agency),
        supporting: p.supporting_agencies.map(agency),
        quickWin: p.quick_win,
        infrastructure: p.infrastructure ?? null,
        start: p.years.start,
        end: p.years.end,
        status: p.status,
        progress: p.progress
          ? { percent: p.progress.percent, asOf: tanggal(p.progress.as_of) }
          : null,
        budget,
        budgetTotal: budget === null ? null : sumAmounts(budget.map((b) => b.amount)),
        indicatorYears: years,
        indicators: indicatorRows(p.indicators, years.map(String)),
        rpjpdGoals: p.rpjpd.map((id) => ({
          id,
          label: goalLabel.get(id) ?? id,
          text: goals.get(id) ?? null,
        })),
        rpjmdFocus: focus ? (p.rpjmd ?? []).map((id) => focus.get(id) ?? id) : null,
        digitalPillars: pillars
          ? (p.digital_pillars ?? []).map((id) => pillars.get(id) ?? id)
          : null,
        dependsOn: p.depends_on.map((id) => ({
          id,
          name: names.get(id) ?? blank,
          anchor: `program-${id}`,
        })),
        problem: p.problem ?? null,
        target12: p.target_12_months ?? null,
        milestones: (p.milestones ?? []).map((m) => ({
          when: bulanAtauTriwulan(m.when),
          what: m.what,
        })),
        risks: (p.risks ?? []).map((r): RiskModel => ({
          risk: r.risk,
          impact: word(locale.levels, r.impact),
          likelihood: word(locale.levels, r.likelihood),
          level: LEVEL[r.impact] * LEVEL[r.likelihood],
          mitigation: r.mitigation,
          owner: lookup(r.owner),
        })),
        proposed: p.proposed ?? false,
      };
    });
}

const LEVEL = { rendah: 1, sedang: 2, tinggi: 3 } as const;

/** Dimension ids in the order their files give (`order`). */
export function dimensionOrder(plan: PlanSources): (id: string) => number {
  const order = new Map<string, number>(plan.dimensions.map((d) => [d.data.id, d.data.order]));
  return (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
}
