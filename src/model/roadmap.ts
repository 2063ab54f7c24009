import type { ProgramModel, StageModel } from "./document-model.js";

export interface Roadmap {
  width: number;
  height: number;
  chartX: number;
  chartWidth: number;
  ticks: Array<{ x: number; label: string }>;
  stages: Array<{ x: number; width: number; label: string; shaded: boolean }>;
  rows: Array<
    | { kind: "group"; y: number; label: string }
    | {
        kind: "program";
        y: number;
        label: string;
        barX: number;
        barWidth: number;
        quickWin: boolean;
        years: string;
      }
  >;
}

const WIDTH = 640;
const LABEL_WIDTH = 200;
const HEADER = 36;
const ROW = 13;
const MAX_LABEL = 38;

/** Geometry of the roadmap Gantt, in SVG user units; the template only draws it. */
export function roadmap(
  groups: ReadonlyArray<{ name: string; programs: readonly ProgramModel[] }>,
  horizon: { start: number; end: number },
  stages: readonly StageModel[],
): Roadmap {
  const chartX = LABEL_WIDTH + 5;
  const chartWidth = WIDTH - chartX - 5;
  const years = horizon.end - horizon.start + 1;
  const x = (year: number) => chartX + ((year - horizon.start) / years) * chartWidth;
  const rows: Roadmap["rows"] = [];
  let y = HEADER;
  for (const group of groups) {
    rows.push({ kind: "group", y, label: group.name });
    y += ROW;
    for (const p of group.programs) {
      const label = p.acronym ?? p.name;
      rows.push({
        kind: "program",
        y,
        label: label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label,
        barX: round(x(p.start)),
        barWidth: round(x(p.end + 1) - x(p.start)),
        quickWin: p.quickWin,
        years: p.start === p.end ? String(p.start) : `${p.start}–${p.end}`,
      });
      y += ROW;
    }
  }
  const ticks = [];
  for (let year = horizon.start; year <= horizon.end; year += 5)
    ticks.push({ x: round(x(year)), label: String(year) });
  return {
    width: WIDTH,
    height: y + 4,
    chartX,
    chartWidth,
    ticks,
    stages: stages.map((s, i) => ({
      x: round(x(s.start)),
      width: round(x(s.end + 1) - x(s.start)),
      label: s.name,
      shaded: i % 2 === 0,
    })),
    rows,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
