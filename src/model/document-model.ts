import type { ChapterInput } from "../types/generated/chapter.js";

// The resolved document: what templates render. Every optional value is present as null, so
// templates test values rather than key presence and Handlebars strict mode catches typos.

export interface AgencyRef {
  id: string;
  name: string;
  abbreviation: string;
}

export interface StageModel {
  id: string;
  name: string;
  start: number;
  end: number;
  theme: string | null;
}

export interface HeadingModel {
  /** "LAMPIRAN" or "LAMPIRAN II". */
  lampiran: string;
  /** "RANCANGAN PERATURAN DAERAH KABUPATEN PURBALINGGA". */
  regulation: string;
  /** Null while blank: the template shows a visible blank. */
  number: string | null;
  year: number | null;
  about: string;
}

export interface IndicatorRow {
  name: string;
  unit: string;
  baselineYear: number | null;
  baseline: number | null;
  /** One cell per column of the table it belongs to, null where no target is set. */
  targets: Array<number | null>;
}

export interface BudgetLine {
  year: number;
  source: string;
  amount: number;
}

export interface ProgramModel {
  id: string;
  anchor: string;
  name: string;
  acronym: string | null;
  dimensionId: string;
  dimensionName: string;
  elementName: string;
  description: string;
  objective: string | null;
  output: string | null;
  outcome: string | null;
  location: string | null;
  lead: AgencyRef;
  supporting: AgencyRef[];
  quickWin: boolean;
  infrastructure: string | null;
  start: number;
  end: number;
  status: string;
  progress: number;
  budget: BudgetLine[];
  budgetTotal: number;
  indicatorYears: number[];
  indicators: IndicatorRow[];
  rpjpdGoals: Array<{ id: string; text: string | null }>;
  rpjmdFocus: string[];
  digitalPillars: string[];
  dependsOn: Array<{ id: string; name: string; anchor: string }>;
}

export interface DimensionModel {
  id: string;
  anchor: string;
  name: string;
  description: string | null;
  coordinator: AgencyRef | null;
  elements: Array<{
    name: string;
    english: string;
    description: string | null;
    programs: string[];
  }>;
  goals: string[];
  indicators: IndicatorRow[];
  programs: ProgramModel[];
}

export interface Matrix {
  /** Column headings. */
  columns: string[];
  rows: Array<{ label: string; cells: number[]; total: number }>;
  totals: number[];
  total: number;
}

/** A part generated from data, as a chapter file names it. */
export type BlockKind = NonNullable<ChapterInput["blocks"]>[number];

/** A numbered heading of the document: a chapter's section or a generated part. */
export interface SectionModel {
  anchor: string;
  number: string;
  title: string;
  /** 2 for a section of a chapter, 3 below it. */
  level: number;
  body: string | null;
  /** Set when the section is generated from data; names the partial that renders it. */
  block: BlockKind | null;
  /** The data the block renders (a dimension, a list of programs, a matrix...). */
  data: unknown;
  sections: SectionModel[];
}

export interface ChapterModel {
  anchor: string;
  /** "BAB IV". */
  label: string;
  title: string;
  intro: string | null;
  sections: SectionModel[];
}

export interface TocEntry {
  anchor: string;
  level: number;
  label: string;
  title: string;
}

export interface DocumentModel {
  lang: "id";
  title: string;
  /** The title in capitals, as the name of the attachment. */
  attachmentName: string;
  region: { kind: string; name: string; province: string; fullName: string };
  heading: HeadingModel;
  signatory: { title: string; name: string | null };
  paper: {
    size: "f4" | "a4";
    widthMm: number;
    heightMm: number;
    margins: Record<"top" | "bottom" | "left" | "right", number>;
  };
  horizon: { start: number; end: number };
  stages: StageModel[];
  chapters: ChapterModel[];
  toc: TocEntry[];
  metadata: { title: string; author: string; subject: string; keywords: string[] };
}
