import { tanggal } from "../text/tanggal.js";
import type { PlanSources } from "../validate/plan-sources.js";
import type {
  BlockKind,
  DimensionModel,
  ProgramModel,
  SectionModel,
  StageModel,
} from "./document-model.js";
import { budgetBySourceAndStage, budgetByYearAndDimension } from "./budget-recap.js";
import { agencyLookup } from "./agency-lookup.js";
import { word, type Locale } from "./locale.js";
import { roadmap } from "./roadmap.js";

export interface BlockContext {
  plan: PlanSources;
  locale: Locale;
  stages: StageModel[];
  dimensions: DimensionModel[];
  programs: ProgramModel[];
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
): Draft => ({
  key,
  title,
  body: null,
  block,
  data,
  sections,
});

const INFRA_TYPES = ["fisik", "digital", "sosial"];
const SOURCES = ["apbd", "apbd-provinsi", "apbn", "dak", "dana-desa", "csr", "kpbu", "swasta"];

/** The sections a generated block contributes to its chapter. */
export function blockSections(kind: BlockKind, ctx: BlockContext): Draft[] {
  const { plan, locale } = ctx;
  const t = (key: string, vars?: Record<string, string>) => word(locale.blocks, key, vars);
  const m = plan.manifest.data;
  switch (kind) {
    case "region-facts": {
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
      return [
        section(kind, t(kind), kind, {
          rows: rows.map(([key, value]) => ({
            label: word(locale.facts, key),
            value: value ?? null,
            year: years[key] ?? null,
          })),
        }),
      ];
    }
    case "rpjpd": {
      const r = plan.rpjpd.data;
      return [
        section(kind, t(kind), kind, {
          title: r.document.title,
          regulation: r.document.regulation,
          approved: r.document.approved ? tanggal(r.document.approved) : null,
          vision: r.vision,
          goals: r.goals.map((g) => ({
            id: g.id,
            mission: g.mission,
            missionText: r.missions.find((x) => x.id === g.mission)?.text ?? null,
            text: g.text,
          })),
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
      return ctx.dimensions.map((d) => section(d.anchor, d.name, kind, d));
    case "programs":
      return ctx.dimensions.map((d) =>
        section(
          `programs-${d.id}`,
          t("programs", { dimension: d.name }),
          kind,
          null,
          d.programs.map((p) => section(p.anchor, p.name, kind, p)),
        ),
      );
    case "quick-wins":
      return ctx.programs
        .filter((p) => p.quickWin)
        .map((p) => section(`quick-win-${p.id}`, `${p.dimensionName}: ${p.name}`, kind, p));
    case "roadmap":
      return [
        section(
          kind,
          t(kind),
          kind,
          roadmap(
            ctx.dimensions.map((d) => ({ name: d.name, programs: d.programs })),
            m.horizon,
            ctx.stages,
          ),
        ),
      ];
    case "infrastructure":
      return INFRA_TYPES.map((type) =>
        section(
          `infrastructure-${type}`,
          t(kind, { type: word(locale.infrastructure, type) }),
          kind,
          {
            programs: ctx.programs.filter((p) => p.infrastructure === type),
          },
        ),
      );
    case "governance": {
      return [
        section(kind, t(kind), kind, {
          decree: m.governance?.decree ?? null,
          coordinator: agencyLookup(plan)(m.governance?.coordinator),
          bodies: m.governance?.bodies ?? [],
        }),
        section("coordinators", t("coordinators"), kind, {
          dimensions: ctx.dimensions.map((d) => ({ name: d.name, coordinator: d.coordinator })),
        }),
      ];
    }
    case "responsibility": {
      const rows = plan.agencies.data.agencies
        .map((a) => ({
          agency: a.abbreviation,
          name: a.name,
          cells: ctx.dimensions.map((d) => ({
            lead: d.programs.filter((p) => p.lead.id === a.id).length,
            support: d.programs.filter((p) => p.supporting.some((s) => s.id === a.id)).length,
          })),
        }))
        .filter((r) => r.cells.some((c) => c.lead + c.support > 0));
      return [section(kind, t(kind), kind, { columns: ctx.dimensions.map((d) => d.name), rows })];
    }
    case "budget":
      return [
        section("budget-year", t("budget-year"), kind, {
          matrix: budgetByYearAndDimension(ctx.programs, ctx.dimensions),
        }),
        section("budget-stage", t("budget-stage"), kind, {
          matrix: budgetBySourceAndStage(ctx.programs, ctx.stages, SOURCES, (s) =>
            word(locale.sources, s),
          ),
        }),
      ];
    case "traceability":
      return [
        section(kind, t(kind), kind, {
          goals: plan.rpjpd.data.goals.map((g) => g.id),
          rows: ctx.programs.map((p) => ({
            name: p.name,
            anchor: p.anchor,
            marks: plan.rpjpd.data.goals.map((g) => p.rpjpdGoals.some((x) => x.id === g.id)),
            rpjmd: p.rpjmdFocus,
            pillars: p.digitalPillars,
          })),
        }),
      ];
  }
}

export type { Draft };
