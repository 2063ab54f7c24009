import { tanggal } from "../text/tanggal.js";
import type { PlanSources } from "../validate/plan-sources.js";
import type {
  BlockKind,
  Caption,
  DimensionModel,
  ProgramModel,
  SectionModel,
  StageModel,
} from "./document-model.js";
import { budgetBySourceAndStage, budgetByYearAndDimension } from "./budget-recap.js";
import { agencyLookup } from "./agency-lookup.js";
import { baselineSources } from "./indicators.js";
import { word, type Locale } from "./locale.js";
import { readinessModel } from "./readiness.js";
import { roadmap } from "./roadmap.js";
import { rpjpdLabels } from "./rpjpd-labels.js";

export interface BlockContext {
  plan: PlanSources;
  locale: Locale;
  /** A draft may print drafting notes; an enacted document never does. */
  draft: boolean;
  stages: StageModel[];
  dimensions: DimensionModel[];
  programs: ProgramModel[];
  /** The width between the margins, in CSS pixels. */
  textWidthPx: number;
  /** The next table number of the chapter: "Tabel 2.1". */
  caption(title: string, source?: string | null): Caption;
  /** The next figure number of the chapter: "Gambar 6.1". */
  figure(title: string): Caption;
}

type Draft = Omit<SectionModel, "number" | "anchor" | "sections" | "level"> & {
  key: string;
  sections?: Draft[];
};

const section = (
  key: string,
  title: string,
  block: BlockKind,
  data: unknown,
  sections: Draft[] = [],
): Draft => ({ key, title, body: null, note: null, block, data, sections });

const INFRA_TYPES = ["fisik", "digital", "sosial"];
export const SOURCES = [
  "apbd",
  "apbd-provinsi",
  "apbn",
  "dak",
  "dana-desa",
  "csr",
  "kpbu",
  "swasta",
];

/** The region's facts as rows of a table: a fact the plan does not give is not a row. */
export function regionFacts(
  plan: PlanSources,
  locale: Locale,
): Array<{ label: string; value: string | number | null; year: number | null }> {
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

/** "2025–2045", or null when a period is not given. */
export function period(p: { start: number; end: number } | null | undefined): string | null {
  return p ? `${p.start}–${p.end}` : null;
}

/** A program profile and the numbered captions of its tables, in the order they print. */
function profile(p: ProgramModel, ctx: BlockContext) {
  const c = (key: string) => word(ctx.locale.captions, key, { name: p.name });
  return {
    program: p,
    captions: {
      profile: ctx.caption(c("profile")),
      budget: p.budget?.length ? ctx.caption(c("budget")) : null,
      indicators: p.indicators.length
        ? ctx.caption(c("indicators"), baselineSources(p.indicators))
        : null,
    },
  };
}

/**
 * The sections a generated block contributes to its chapter. A part with nothing to show
 * (no programs of a type, no agencies) contributes no section rather than an empty table.
 */
export function blockSections(kind: BlockKind, ctx: BlockContext): Draft[] {
  const { plan, locale } = ctx;
  const t = (key: string, vars?: Record<string, string | null>) => word(locale.blocks, key, vars);
  const cap = (key: string, vars?: Record<string, string | null>) =>
    word(locale.captions, key, vars);
  const m = plan.manifest.data;
  switch (kind) {
    case "swot": {
      const s = plan.swot?.data;
      if (!s) return [];
      // Factors are labelled by their letter and place: S1, W2, O1, T3.
      const labels = new Map<string, string>();
      const factors = (["strengths", "weaknesses", "opportunities", "threats"] as const).map(
        (list) => {
          const letter = list === "strengths" ? "S" : list[0]!.toUpperCase();
          return {
            title: word(locale.labels, list),
            items: s[list].map((f, i) => {
              labels.set(f.id, `${letter}${i + 1}`);
              return { label: `${letter}${i + 1}`, text: f.text };
            }),
          };
        },
      );
      const order = ["SO", "ST", "WO", "WT"];
      const byId = new Map(ctx.programs.map((p) => [p.id, p]));
      return [
        section(kind, t(kind), kind, {
          captions: {
            factors: ctx.caption(cap("swot")),
            strategies: ctx.caption(cap("strategies")),
          },
          factors,
          proposed: s.proposed ?? false,
          strategies: [...s.strategies]
            .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
            .map((x) => ({
              kind: x.kind,
              text: x.text,
              factors: x.factors.map((id) => labels.get(id) ?? id).join(", "),
              programs: x.programs
                .map((id) => byId.get(id))
                .filter((p) => p !== undefined)
                .map((p) => ({ name: p.name, anchor: p.anchor })),
            })),
        }),
      ];
    }
    case "risks": {
      const rows = ctx.programs
        .flatMap((p) => p.risks.map((r) => ({ ...r, program: p.name, anchor: p.anchor })))
        .sort((a, b) => b.level - a.level);
      return [
        section(kind, t(kind), kind, {
          caption: rows.length ? ctx.caption(cap("risks")) : null,
          rows,
        }),
      ];
    }
    case "monitoring": {
      const fallback = m.governance?.reporting ?? null;
      const programs = plan.programs.map((d) => d.data);
      const rows = ctx.programs.flatMap((p) => {
        const source = programs.find((x) => x.id === p.id)!;
        return p.indicators.map((ind, i) => {
          const reporting = source.indicators[i]?.reporting ?? fallback;
          return {
            indicator: ind.name,
            unit: ind.unit,
            program: p.name,
            anchor: p.anchor,
            agency: p.lead,
            targets: p.indicatorYears
              .map((year, j) => ({ year, target: ind.targets[j] ?? null }))
              .filter((x) => x.target !== null),
            reporting: reporting
              ? word(locale.reporting as Record<string, string>, reporting)
              : null,
          };
        });
      });
      if (rows.length === 0) return [];
      return [section(kind, t(kind), kind, { caption: ctx.caption(cap("monitoring")), rows })];
    }
    case "region-facts":
      return [
        section(kind, t(kind), kind, {
          caption: ctx.caption(cap("region-facts"), m.region.facts?.source ?? null),
          rows: regionFacts(plan, locale),
        }),
      ];
    case "readiness": {
      const readiness = readinessModel(plan, locale);
      if (!readiness) return [];
      return [
        section(kind, t(kind), kind, {
          readiness,
          captions: {
            scores: ctx.caption(cap("readiness")),
            chart: ctx.figure(cap("readinessChart")),
          },
        }),
      ];
    }
    case "rpjpd": {
      const r = plan.rpjpd.data;
      const labels = rpjpdLabels(r, locale);
      type Cell = { label: string; text: string | null };
      const rows = r.missions.flatMap((mission): Array<{ mission: Cell; goal: Cell | null }> => {
        const goals = r.goals.filter((g) => g.mission === mission.id);
        const missionCell = { label: labels.mission.get(mission.id)!, text: mission.text };
        return goals.length
          ? goals.map((g) => ({
              mission: missionCell,
              goal: { label: labels.goal.get(g.id)!, text: g.text },
            }))
          : [{ mission: missionCell, goal: null }];
      });
      const blanks =
        r.vision === null || rows.some((x) => !x.mission.text || x.goal?.text === null);
      const agency = agencyLookup(plan)(r.document.planning_agency);
      return [
        section(kind, t(kind, { period: period(r.document.period) }), kind, {
          documentCaption: ctx.caption(cap("rpjpd")),
          title: r.document.title,
          regulation: r.document.regulation,
          // An approval date written as null is a blank; one not written at all is not a row.
          approved:
            r.document.approved === undefined
              ? null
              : { date: r.document.approved === null ? null : tanggal(r.document.approved) },
          vision: r.vision,
          missionsCaption: rows.length ? ctx.caption(cap("missions")) : null,
          rows,
          note:
            ctx.draft && blanks
              ? word(locale.notes, "rpjpdBlank", {
                  agency: agency
                    ? (agency.abbreviation ?? agency.name)
                    : word(locale.notes, "planningAgency"),
                })
              : null,
          stagesCaption: ctx.caption(cap("stages")),
          rpjmd: r.rpjmd
            ? {
                title: r.rpjmd.title,
                theme: r.rpjmd.theme ?? null,
                focus: r.rpjmd.focus_areas.map((x) => x.name),
              }
            : null,
          pillars: (r.digital_pillars ?? []).map((p) => p.name),
        }),
      ];
    }
    case "dimensions":
      return ctx.dimensions.map((d) =>
        section(d.anchor, d.name, kind, {
          dimension: d,
          captions: {
            elements: ctx.caption(cap("elements", { dimension: d.name })),
            indicators: d.indicators.length
              ? ctx.caption(
                  cap("dimensionIndicators", { dimension: d.name }),
                  baselineSources(d.indicators),
                )
              : null,
          },
        }),
      );
    case "programs":
      return ctx.dimensions
        .filter((d) => d.programs.length > 0)
        .map((d) =>
          section(
            `programs-${d.id}`,
            t("programs", { dimension: d.name }),
            kind,
            null,
            d.programs.map((p) => section(p.anchor, p.name, kind, profile(p, ctx))),
          ),
        );
    case "quick-wins": {
      // Bab VI holds each program's profile and the quick-win profile document the rest: here,
      // one table that summarises them and says where to read more.
      const quickWins = ctx.programs.filter((p) => p.quickWin);
      if (quickWins.length === 0) return [];
      return [
        section(kind, t(kind), kind, {
          caption: ctx.caption(cap("quick-wins")),
          programs: quickWins,
          proposed: quickWins.some((p) => p.proposed),
        }),
      ];
    }
    case "roadmap":
      if (ctx.programs.length === 0) return [];
      return [
        section(kind, t(kind), kind, {
          figure: ctx.figure(cap("roadmap")),
          ...roadmap(
            ctx.dimensions.map((d) => ({ name: d.name, programs: d.programs })),
            m.horizon,
            ctx.stages,
            ctx.textWidthPx,
          ),
        }),
      ];
    case "infrastructure":
      return INFRA_TYPES.map((type) => ({
        type: word(locale.infrastructure, type),
        programs: ctx.programs.filter((p) => p.infrastructure === type),
      }))
        .filter((x) => x.programs.length > 0)
        .map((x) =>
          section(`infrastructure-${x.type}`, t(kind, { type: x.type }), kind, {
            caption: ctx.caption(cap("infrastructure", { type: x.type })),
            programs: x.programs,
          }),
        );
    case "governance": {
      const g = m.governance;
      // Captions are numbered in the order they print: the bodies' table before the coordinators'.
      const coordinators = () =>
        section("coordinators", t("coordinators"), kind, {
          partial: "block-coordinators",
          caption: ctx.caption(cap("coordinators")),
          dimensions: ctx.dimensions.map((d) => ({ name: d.name, coordinator: d.coordinator })),
        });
      // Without a governance part in the manifest, only the dimensions' coordinators print.
      if (!g) return [coordinators()];
      const bodies = g.bodies ?? [];
      return [
        section(kind, t(kind), kind, {
          // A decree written as null is a blank; one not written at all is not a row.
          decree: g.decree === undefined ? null : { text: g.decree },
          // The same for the coordinating agency: null prints as "belum ditetapkan".
          coordinator:
            g.coordinator === undefined ? null : { agency: agencyLookup(plan)(g.coordinator) },
          caption: bodies.length ? ctx.caption(cap("governance")) : null,
          bodies,
        }),
        coordinators(),
      ];
    }
    case "responsibility": {
      const rows = plan.agencies.data.agencies
        .map((a) => ({
          label: a.abbreviation ?? a.name,
          cells: ctx.dimensions.map((d) => ({
            lead: d.programs.filter((p) => p.lead?.id === a.id).length,
            support: d.programs.filter((p) => p.supporting.some((s) => s.id === a.id)).length,
          })),
        }))
        .filter((r) => r.cells.some((c) => c.lead + c.support > 0));
      if (rows.length === 0) return [];
      return [
        section(kind, t(kind), kind, {
          caption: ctx.caption(cap("responsibility")),
          columns: ctx.dimensions.map((d) => d.name),
          rows,
        }),
      ];
    }
    case "budget": {
      if (ctx.programs.length === 0) return [];
      return [
        section("budget-year", t("budget-year"), kind, {
          caption: ctx.caption(cap("budget-year")),
          matrix: budgetByYearAndDimension(ctx.programs, ctx.dimensions),
        }),
        section("budget-stage", t("budget-stage"), kind, {
          caption: ctx.caption(cap("budget-stage")),
          matrix: budgetBySourceAndStage(ctx.programs, ctx.stages, SOURCES, (s) =>
            s === null ? word(locale.sources, "unknown") : word(locale.sources, s),
          ),
        }),
      ];
    }
    case "traceability": {
      if (ctx.programs.length === 0) return [];
      const r = plan.rpjpd.data;
      const goalLabel = rpjpdLabels(r, locale).goal;
      return [
        section(kind, t(kind), kind, {
          caption: ctx.caption(cap("traceability")),
          goals: r.goals.map((g) => goalLabel.get(g.id)!),
          rpjmd: r.rpjmd ? word(locale.labels, "rpjmd", { rpjmd: rpjmdName(r.rpjmd) }) : null,
          pillars: r.digital_pillars ? word(locale.labels, "pillars") : null,
          rows: ctx.programs.map((p) => ({
            name: p.name,
            anchor: p.anchor,
            marks: r.goals.map((g) => p.rpjpdGoals.some((x) => x.id === g.id)),
            rpjmd: p.rpjmdFocus,
            pillars: p.digitalPillars,
          })),
        }),
      ];
    }
  }
}

/** "RPJMD 2025–2029", or the plan's own title of it when no period is given. */
export function rpjmdName(rpjmd: {
  title: string;
  period?: { start: number; end: number };
}): string {
  return rpjmd.period ? `RPJMD ${period(rpjmd.period)}` : rpjmd.title;
}

export type { Draft };
