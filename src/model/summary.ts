import type { PlanSources } from "../validate/plan-sources.js";
import { agencyLookup } from "./agency-lookup.js";
import { SOURCES } from "./blocks/budget.js";
import { budgetBySourceAndStage } from "./budget-recap.js";
import type {
  AgencyRef,
  Caption,
  DimensionModel,
  IndicatorRow,
  Matrix,
  ProgramModel,
  StageModel,
} from "./document-model.js";
import { word, type Locale } from "./locale.js";
import { masterplanVision, rpjpdVision, type VisionModel } from "./vision.js";

/**
 * The ringkasan eksekutif: a few pages for leaders, drawn from the same resolved programs,
 * stages and dimensions as the masterplan, so that every figure in it agrees with the
 * masterplan's.
 */
export interface SummaryModel {
  /** The masterplan's own vision, as Bab IV prints it; the RPJPD's, so named, when it has none. */
  vision: VisionModel;
  dimensions: Array<{
    name: string;
    coordinator: AgencyRef | null;
    goals: string[];
    programs: number;
  }>;
  quickWins: ProgramModel[];
  /**
   * Programs running per dimension and stage: the roadmap in one figure, laid out here
   * (in SVG units) so the template only draws it. Darker cells hold more programs.
   */
  roadmap: {
    width: number;
    height: number;
    columns: Array<{ x: number; label: string; years: string }>;
    rows: Array<{
      y: number;
      name: string;
      cells: Array<{ x: number; count: number; shade: 0 | 1 | 2 | 3 }>;
    }>;
  };
  budget: Matrix;
  /** As the masterplan's governance part has it. */
  governance: {
    decree: { text: string | null } | null;
    coordinator: { agency: AgencyRef | null } | null;
    caption: Caption | null;
    bodies: Array<{ name: string; members: string | null; role: string | null }>;
  };
  /** Up to two indicators per dimension, with their targets per stage. */
  indicators: Array<{ dimension: string; rows: IndicatorRow[] }>;
  captions: Record<
    "dimensions" | "quickWins" | "roadmap" | "budget" | "governance" | "indicators",
    Caption
  >;
}

const KEY_INDICATORS = 2;
/** The roadmap figure's grid, in SVG units at the text width of an A4 or F4 page. */
const LABEL_WIDTH = 170;
const CELL_WIDTH = 100;
const HEADER = 36;
const ROW = 24;

/**
 * Programs running per dimension and stage, laid out as a grid; darker cells hold more. A
 * program whose years are not known yet is counted in a column of its own rather than left out
 * (a 0 under every stage would say the dimension has no program).
 */
function stageFigure(
  dimensions: readonly DimensionModel[],
  stages: readonly StageModel[],
  undatedColumn: { label: string; years: string },
): SummaryModel["roadmap"] {
  const undated = dimensions.map(
    (d) => d.programs.filter((p) => p.start === null && p.end === null).length,
  );
  const columns = [
    ...stages.map((s) => ({ label: s.name, years: `${s.start}–${s.end}` })),
    ...(undated.some((n) => n > 0) ? [undatedColumn] : []),
  ];
  const counts = dimensions.map((d, r) => [
    ...stages.map((s) => d.programs.filter((p) => runsIn(p, s)).length),
    ...(columns.length > stages.length ? [undated[r]!] : []),
  ]);
  const most = Math.max(1, ...counts.flat());
  const shade = (n: number) => (n === 0 ? 0 : (Math.ceil((3 * n) / most) as 1 | 2 | 3));
  return {
    width: LABEL_WIDTH + CELL_WIDTH * columns.length,
    height: HEADER + ROW * dimensions.length,
    columns: columns.map((c, i) => ({ x: LABEL_WIDTH + CELL_WIDTH * i + CELL_WIDTH / 2, ...c })),
    rows: dimensions.map((d, r) => ({
      y: HEADER + ROW * r,
      name: d.name,
      cells: counts[r]!.map((count, i) => ({
        x: LABEL_WIDTH + CELL_WIDTH * i,
        count,
        shade: shade(count),
      })),
    })),
  };
}

export function summaryModel(
  plan: PlanSources,
  locale: Locale,
  stages: readonly StageModel[],
  dimensions: readonly DimensionModel[],
  programs: readonly ProgramModel[],
): SummaryModel {
  const g = plan.manifest.data.governance;
  const tables = locale.table;
  const figures = locale.figure;
  const words = locale.summary;
  const bodies = (g?.bodies ?? []).map((b) => ({
    name: b.name,
    members: b.members ?? null,
    role: b.role ?? null,
  }));
  const quickWins = programs.filter((p) => p.quickWin);
  const indicators = dimensions.filter((d) => d.indicators.length > 0);
  // Tables are numbered in the order they print; one the summary leaves out takes no number.
  let table = 0;
  const caption = (key: string, printed = true): Caption => ({
    label: printed ? `${tables} ${++table}` : "",
    title: word(words, `${key}Caption`),
    source: null,
  });
  const captions = {
    dimensions: caption("dimensions"),
    quickWins: caption("quickWins", quickWins.length > 0),
    roadmap: { label: `${figures} 1`, title: word(words, "roadmapCaption"), source: null },
    budget: caption("budget"),
    governance: caption("governance", bodies.length > 0),
    indicators: caption("indicators", indicators.length > 0),
  };
  return {
    vision: masterplanVision(plan) ?? rpjpdVision(plan, locale),
    dimensions: dimensions.map((d) => ({
      name: d.name,
      coordinator: d.coordinator,
      goals: d.goals,
      programs: d.programs.length,
    })),
    quickWins,
    roadmap: stageFigure(dimensions, stages, {
      label: word(words, "undatedLabel"),
      years: word(words, "undatedYears"),
    }),
    budget: budgetBySourceAndStage([...programs], [...stages], SOURCES, (s) =>
      s === null ? word(locale.sources, "unknown") : word(locale.sources, s),
    ),
    governance: {
      // Written as null, a decree or coordinator is a blank; not written at all, no row.
      decree: g?.decree === undefined ? null : { text: g.decree },
      coordinator:
        g?.coordinator === undefined ? null : { agency: agencyLookup(plan)(g.coordinator) },
      caption: bodies.length ? captions.governance : null,
      bodies,
    },
    indicators: indicators.map((d) => ({
      dimension: d.name,
      rows: d.indicators.slice(0, KEY_INDICATORS),
    })),
    captions,
  };
}

/** Whether a program's known years meet a stage; one of unknown years meets none. */
/** Whether a program is known to run in a stage: a year not known yet reaches no further than the known one. */
function runsIn(p: ProgramModel, s: StageModel): boolean {
  const start = p.start ?? p.end;
  const end = p.end ?? p.start;
  return start !== null && end !== null && start <= s.end && end >= s.start;
}
