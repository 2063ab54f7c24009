import { tanggal } from "../text/tanggal.js";
import type { PlanSources } from "../validate/plan-sources.js";
import type { Caption } from "./document-model.js";
import { word, type Locale } from "./locale.js";

/** One scored element, as the score table and the chart print it. */
export interface ReadinessElement {
  name: string;
  /** 0–4; null when not scored yet, a visible blank. */
  score: number | null;
  evidence: string | null;
  source: string | null;
  /** The score is the drafting team's proposal, from public sources, pending the assessors. */
  proposed: boolean;
}

export interface ReadinessPillar {
  id: string;
  name: string;
  elements: ReadinessElement[];
  /** The mean of the scores known, to one decimal; null when none is. */
  average: number | null;
  /** How many of its elements are scored. */
  scored: number;
  /** "1 dari 3 elemen bernilai" when only some are: the average is of those alone. */
  partial: string | null;
}

/**
 * The readiness analysis of readiness.yaml, for the buku saku kesiapan and the masterplan's
 * Bab II alike. The chart is laid out here, in SVG units, so that templates only draw it.
 */
export interface ReadinessModel {
  assessed: string | null;
  assessor: string | null;
  pillars: ReadinessPillar[];
  /** Some score is the drafting team's proposal. */
  proposed: boolean;
  /** Some element has no score yet: left to the assessors. */
  unscored: boolean;
  chart: {
    width: number;
    height: number;
    /** The 0–4 scale along the top. */
    ticks: Array<{ x: number; label: string }>;
    rows: Array<
      | { kind: "pillar"; y: number; label: string }
      | { kind: "element"; y: number; label: string; score: number | null; width: number }
    >;
    /** Where the bars start, and how long a score of 1 is. */
    left: number;
    unit: number;
  };
  /** The booklet's own numbering (its first table holds the region's facts). */
  captions: { scores: Caption; chart: Caption };
}

const LABEL = 170;
const UNIT = 55;
const ROW = 18;
const TOP = 20;

/** Null when the plan has no readiness.yaml. */
export function readinessModel(plan: PlanSources, locale: Locale): ReadinessModel | null {
  const r = plan.readiness?.data;
  if (!r) return null;
  const pillars: ReadinessPillar[] = r.pillars.map((p) => {
    const known = p.elements.map((e) => e.score).filter((s): s is number => s !== null);
    return {
      id: p.id,
      name: p.name,
      elements: p.elements.map((e) => ({
        name: e.name,
        score: e.score,
        evidence: e.evidence,
        source: e.source,
        proposed: e.proposed ?? false,
      })),
      average: known.length
        ? Math.round((10 * known.reduce((a, b) => a + b, 0)) / known.length) / 10
        : null,
      scored: known.length,
      partial:
        known.length > 0 && known.length < p.elements.length
          ? word(locale.labels, "averageOfSome", {
              scored: String(known.length),
              total: String(p.elements.length),
            })
          : null,
    };
  });
  const tables = locale.table;
  const figures = locale.figure;
  const rows: ReadinessModel["chart"]["rows"] = [];
  let y = TOP;
  for (const p of pillars) {
    rows.push({ kind: "pillar", y, label: p.name });
    y += ROW;
    for (const e of p.elements) {
      rows.push({
        kind: "element",
        y,
        label: e.name,
        score: e.score,
        width: (e.score ?? 0) * UNIT,
      });
      y += ROW;
    }
  }
  return {
    assessed: r.assessed ? tanggal(r.assessed) : null,
    assessor: r.assessor ?? null,
    pillars,
    proposed: pillars.some((p) => p.elements.some((e) => e.proposed)),
    unscored: pillars.some((p) => p.elements.some((e) => e.score === null)),
    chart: {
      width: LABEL + 4 * UNIT + 10,
      height: y + 4,
      ticks: [0, 1, 2, 3, 4].map((n) => ({ x: LABEL + n * UNIT, label: String(n) })),
      rows,
      left: LABEL,
      unit: UNIT,
    },
    captions: {
      scores: { label: `${tables} 2`, title: word(locale.captions, "readiness"), source: null },
      chart: {
        label: `${figures} 1`,
        title: word(locale.captions, "readinessChart"),
        source: null,
      },
    },
  };
}
