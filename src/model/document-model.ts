import type { RegulationModel } from "./regulation.js";
import type { Amount } from "../budget/amount.js";
import type { ChapterInput } from "../types/generated/chapter.js";
import type { Block } from "./blocks/index.js";
import type { QuickWinProfile } from "./quick-win-document.js";
import type { ReadinessModel } from "./readiness.js";
import type { SummaryModel } from "./summary.js";

export type { Amount };

// The resolved document: what templates render. Every optional value is present as null, so
// templates test values rather than key presence and Handlebars strict mode catches typos.
// A null fact is unknown, and the document shows a visible blank for it; a row whose content
// the plan does not have at all is left out.

export interface AgencyRef {
  id: string;
  name: string;
  abbreviation: string | null;
  /** Nobody has been designated (printed "belum ditetapkan"); not the same as unknown (null). */
  unassigned?: true;
}

export interface StageModel {
  id: string;
  name: string;
  start: number;
  end: number;
  theme: string | null;
  /** The stage's policy directions (arah kebijakan), in order; empty when none are given. */
  directions: string[];
  /** A sentence saying the stage's programs are left to the next review, or null. */
  deferred: string | null;
  /** The theme and directions are the drafting team's proposal. */
  proposed: boolean;
}

export interface HeadingModel {
  /** "LAMPIRAN" or "LAMPIRAN II". */
  lampiran: string;
  /** "RANCANGAN PERATURAN DAERAH KABUPATEN CONTOH". */
  regulation: string;
  /** Null while blank: the template shows a visible blank. */
  number: string | null;
  year: number | null;
  about: string;
}

/** A numbered table or figure: "Tabel 2.1 Kondisi Umum Wilayah", with its source line. */
export interface Caption {
  label: string;
  title: string;
  source: string | null;
}

export interface Baseline {
  value: number | null;
  year: number | null;
  source: string | null;
}

export interface IndicatorRow {
  name: string;
  /** null: not decided yet, a visible blank. */
  unit: string | null;
  /** Null when not measured: a visible blank. */
  baseline: Baseline | null;
  /** One cell per column: null where the indicator has no target; `value: null` for a blank target. */
  targets: Array<{ value: number | null } | null>;
}

export interface BudgetLine {
  year: number;
  /** null: the funding source is not known yet. */
  source: string | null;
  amount: number | null;
  /** The amount is the drafting team's proposal. */
  proposed: boolean;
}

export interface ProgramModel {
  id: string;
  anchor: string;
  /** The visible blank while the plan gives no name (`unnamed`). */
  name: string;
  unnamed: boolean;
  acronym: string | null;
  /** SIPD codes (Kepmendagri 900.1.15.5-1317/2023) the program uses; [] when none is given. */
  nomenclature: string[];
  dimensionId: string;
  dimensionName: string;
  /** Null while the plan names no element; `elementName` is then the blank. */
  elementId: string | null;
  elementName: string;
  description: string | null;
  objective: string | null;
  output: string | null;
  outcome: string | null;
  location: string | null;
  /** Null until assigned: a visible blank. */
  lead: AgencyRef | null;
  supporting: AgencyRef[];
  quickWin: boolean;
  infrastructure: string | null;
  /** null: not known yet; the roadmap draws no bar and marks the row. */
  start: number | null;
  end: number | null;
  status: string | null;
  progress: { percent: number; asOf: string } | null;
  /** Null when the budget is not known at all. */
  budget: BudgetLine[] | null;
  budgetTotal: Amount | null;
  /** Some budget line is the drafting team's proposal. */
  budgetProposed: boolean;
  indicatorYears: number[];
  indicators: IndicatorRow[];
  /** RPJPD goals the program serves; the id is for cross-reference only, never printed. */
  rpjpdGoals: Array<{ id: string; label: string; text: string | null }>;
  /** Null when the plan has no RPJMD section, so the row is left out. */
  rpjmdFocus: string[] | null;
  digitalPillars: string[] | null;
  dependsOn: Array<{ id: string; name: string; anchor: string }>;
  /** The quick-win profile's parts; null where the plan leaves one blank. */
  problem: string | null;
  target12: string | null;
  /** In order; `when` as printed ("September 2025", "Triwulan III 2025"). */
  milestones: Array<{ when: string; what: string }>;
  risks: RiskModel[];
  /** The content is the drafting team's proposal, not yet adopted. */
  proposed: boolean;
}

export interface RiskModel {
  risk: string;
  /** "rendah", "sedang" or "tinggi", as printed. */
  impact: string;
  likelihood: string;
  /** Impact × likelihood on a 1–9 scale, for ordering a register. */
  level: number;
  mitigation: string | null;
  owner: AgencyRef | null;
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

/** A cell of a budget recap: null where no program plans anything. */
export type MatrixCell = Amount | null;

export interface Matrix {
  /** Column headings. */
  columns: string[];
  rows: Array<{ label: string; cells: MatrixCell[]; total: MatrixCell }>;
  totals: MatrixCell[];
  total: MatrixCell;
}

/** A part generated from data, as a chapter file names it. */
export type BlockKind = NonNullable<ChapterInput["blocks"]>[number];

/** A numbered heading of the document: a chapter's section or a generated part. */
export type SectionModel = SectionBase & (Block | { block: null; data: null });

export interface SectionBase {
  anchor: string;
  number: string;
  title: string;
  /** 2 for a section of a chapter, 3 below it. */
  level: number;
  body: string | null;
  /** A drafting note, shown in a draft only; always null in an enacted document. */
  note: string | null;
  sections: SectionModel[];
}

export interface ChapterModel {
  anchor: string;
  /** "BAB IV". */
  label: string;
  title: string;
  intro: string | null;
  note: string | null;
  /** A chapter whose parts all came out empty says so in this sentence, never a bare heading. */
  empty: string | null;
  sections: SectionModel[];
}

/** The "Daftar Perubahan" annex: what changed since an earlier version, in the document's words. */
export interface ChangesModel {
  anchor: string;
  title: string;
  /** "Daftar ini memuat perubahan terhadap versi 1a2b3c4 (28 November 2026)." */
  basis: string;
  /** Lettered parts (A., B., ...), each a numbered list of items with lettered details. */
  parts: Array<{ label: string; title: string; items: Array<{ text: string; details: string[] }> }>;
  budget: {
    caption: Caption;
    rows: Array<{ label: string; before: Amount | null; after: Amount | null }>;
  } | null;
}

export interface TocEntry {
  anchor: string;
  level: number;
  label: string;
  title: string;
}

export interface GlossaryEntry {
  term: string;
  meaning: string;
  foreign: boolean;
}

export interface DocumentModel {
  lang: "id";
  /** The base name of the output files (the manifest's `name`). */
  name: string;
  title: string;
  /** The title in capitals, as the name of the attachment. */
  attachmentName: string;
  region: { kind: string; name: string; province: string | null; fullName: string };
  /**
   * Words that follow from the plan: "Bupati" or "Wali Kota" from the region's kind, and the
   * label of the RPJMD focus row ("Fokus RPJMD 2025–2029"), null when the plan has no RPJMD.
   */
  words: { region: string; head: string; headRegulation: string; rpjmdFocus: string | null };
  /** A draft (rancangan) may show blanks and drafting notes; an enacted text never does. */
  draft: boolean;
  heading: HeadingModel;
  signatory: { title: string; name: string | null };
  paper: {
    size: "f4" | "a4" | "a5";
    widthMm: number;
    heightMm: number;
    margins: Record<"top" | "bottom" | "left" | "right", number>;
    /** The width between the left and right margins. */
    textWidthMm: number;
  };
  horizon: { start: number; end: number };
  stages: StageModel[];
  /** Every program, resolved, in document order: what the export and the diff read. */
  programs: ProgramModel[];
  /** The "Daftar Istilah dan Singkatan", sorted; empty when the plan explains no term. */
  glossary: { anchor: string; title: string; entries: GlossaryEntry[] };
  /** Foreign terms, set in italics wherever they appear. */
  foreignTerms: string[];
  /** The masterplan's chapters; empty unless it prints. */
  chapters: ChapterModel[];
  /** The "Daftar Perubahan" annex, when the build compares with an earlier version. */
  changes: ChangesModel | null;
  toc: TocEntry[];
  metadata: { title: string; author: string; subject: string; keywords: string[] };
  /** What the ringkasan eksekutif prints, from the same programs and stages; null unless it prints. */
  summary: SummaryModel | null;
  /** The readiness analysis (readiness.yaml), or null when the plan has none. */
  readiness: ReadinessModel | null;
  /**
   * The region's facts for the readiness booklet, whether or not the plan scores readiness;
   * null unless the booklet prints.
   */
  booklet: {
    facts: Array<{ label: string; value: string | number | null; year: number | null }>;
    caption: Caption;
  } | null;
  /** The quick-win profile document's sections; empty unless it prints. */
  quickWins: QuickWinProfile[];
  /** The regulation that enacts the masterplan; null unless it prints. */
  regulation: RegulationModel | null;
  /** Who certifies a copy (`build --salinan`), printed after the signature; null otherwise. */
  certifiedCopy: { title: string; name: string; rank: string; nip: string } | null;
}
