import type { PlanSources } from "../../validate/plan-sources.js";
import type {
  Caption,
  DimensionModel,
  ProgramModel,
  SectionBase,
  StageModel,
} from "../document-model.js";
import type { Locale } from "../locale.js";
import type { ReadinessModel } from "../readiness.js";
import type { Block } from "./index.js";

/** What every block's builder reads: the plan, its resolved parts, and the chapter's counters. */
export interface BlockContext {
  plan: PlanSources;
  locale: Locale;
  /** A draft may print drafting notes; an enacted document never does. */
  draft: boolean;
  /** A text with its `{bab:...}` references written as the document numbers its chapters. */
  refer(text: string): string;
  /** Running text of a chapter: its references written, and a foreign term named at first use. */
  prose(text: string): string;
  stages: StageModel[];
  dimensions: DimensionModel[];
  programs: ProgramModel[];
  /** The readiness analysis, computed once for every document that prints it. */
  readiness: ReadinessModel | null;
  /** The width between the margins, in CSS pixels. */
  textWidthPx: number;
  /** The next table number of the chapter: "Tabel 2.1". */
  caption(title: string, source?: string | null): Caption;
  /** The next figure number of the chapter: "Gambar 6.1". */
  figure(title: string): Caption;
}

/** A section before it is numbered: a chapter's own text, or a part a block generates. */
export type Draft = Omit<SectionBase, "number" | "anchor" | "sections" | "level"> & {
  /** Names the section: programs and dimensions keep it as their anchor. */
  key: string;
  sections?: Draft[];
} & (Block | { block: null; data: null });

/** A generated section of a block: its data typed by the block's kind. */
export function part(key: string, title: string, block: Block, sections: Draft[] = []): Draft {
  return { key, title, body: null, note: null, ...block, sections };
}

/** "2025–2045", or null when a period is not given. */
export function period(p: { start: number; end: number } | null | undefined): string | null {
  return p ? `${p.start}–${p.end}` : null;
}

/** "RPJMD 2025–2029", or the plan's own title of it when no period is given. */
export function rpjmdName(rpjmd: {
  title: string;
  period?: { start: number; end: number };
}): string {
  return rpjmd.period ? `RPJMD ${period(rpjmd.period)}` : rpjmd.title;
}
