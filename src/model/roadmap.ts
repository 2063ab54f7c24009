import { yearSpan } from "../text/year-span.js";
import type { ProgramModel, StageModel } from "./document-model.js";

/**
 * A part of the roadmap: one or more dimensions under a header of their own, drawn as an SVG of
 * its own, so that a page break can fall between parts.
 */
export interface RoadmapPart {
  height: number;
  groups: Array<{ label: string; y: number }>;
  rows: Array<{
    y: number;
    label: string;
    barX: number;
    barWidth: number;
    barY: number;
    barHeight: number;
    quickWin: boolean;
    years: string;
    /** Years not known: no bar, a mark in its place. */
    unknown: boolean;
    /** One of the two years is known: the mark shows it. */
    partlyKnown: boolean;
  }>;
}

export interface Roadmap {
  /** SVG user units equal CSS pixels: the figure is drawn at the text width, never scaled down. */
  width: number;
  chartX: number;
  chartWidth: number;
  /** The header rows: stage bands and their years. */
  header: number;
  stages: Array<{ x: number; width: number; label: string; years: string; shaded: boolean }>;
  /** A thin line at the start of every year. */
  years: number[];
  parts: RoadmapPart[];
}

/** 11 px is 8.25 pt: the smallest label a printed roadmap may carry is 8 pt. */
export const ROADMAP_FONT_PX = 11;
const LABEL_WIDTH = 190;
const HEADER = 30;
const GROUP = 18;
const ROW = 16;
/** Characters of a program label that fit the label column at 11 px. */
const MAX_LABEL = 30;
/** A part grows by whole dimensions up to this height, about half an F4 text area. */
const MAX_PART = 520;

/** Geometry of the roadmap Gantt, in CSS pixels; the template only draws it. */
export function roadmap(
  groups: ReadonlyArray<{ name: string; programs: readonly ProgramModel[] }>,
  horizon: { start: number; end: number },
  stages: readonly StageModel[],
  width: number,
  blank: string,
): Roadmap {
  const chartX = LABEL_WIDTH;
  const chartWidth = width - chartX - 1;
  const years = horizon.end - horizon.start + 1;
  const x = (year: number) => round(chartX + ((year - horizon.start) / years) * chartWidth);
  const parts: RoadmapPart[] = [];
  let part: RoadmapPart | null = null;
  for (const group of groups) {
    if (group.programs.length === 0) continue;
    const height = GROUP + group.programs.length * ROW;
    if (!part || part.height + height > MAX_PART) {
      part = { height: HEADER, groups: [], rows: [] };
      parts.push(part);
    }
    const top = part.height;
    part.groups.push({ label: group.name, y: top });
    group.programs.forEach((p, i) => {
      const y = top + GROUP + i * ROW;
      const label = p.acronym ?? p.name;
      const barHeight = p.quickWin ? 11 : 7;
      const known = p.start !== null && p.end !== null;
      part!.rows.push({
        y,
        label: label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label,
        barX: known ? x(p.start!) : chartX,
        barWidth: known ? round(x(p.end! + 1) - x(p.start!)) : 0,
        barY: round(y + (ROW - barHeight) / 2),
        barHeight,
        quickWin: p.quickWin,
        years: yearSpan(p.start, p.end, blank),
        unknown: !known,
        partlyKnown: !known && (p.start !== null || p.end !== null),
      });
    });
    part.height += height;
  }
  for (const p of parts) p.height += 2;
  return {
    width,
    chartX,
    chartWidth,
    header: HEADER,
    stages: stages.map((s, i) => ({
      x: x(s.start),
      width: round(x(s.end + 1) - x(s.start)),
      label: s.name,
      years: s.start === s.end ? String(s.start) : `${s.start}–${s.end}`,
      shaded: i % 2 === 0,
    })),
    years: Array.from({ length: years + 1 }, (_, i) => x(horizon.start + i)),
    parts,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
