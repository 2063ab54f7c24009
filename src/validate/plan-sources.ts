import type { FileKind } from "../load/load-plan.js";
import type { PathSegment, SourceFile } from "../load/source-file.js";
import type { AgenciesInput } from "../types/generated/agencies.js";
import type { ChapterInput } from "../types/generated/chapter.js";
import type { DimensionInput } from "../types/generated/dimension.js";
import type { GlossaryInput } from "../types/generated/glossary.js";
import type { ManifestInput } from "../types/generated/manifest.js";
import type { ProgramInput } from "../types/generated/program.js";
import type { ReadinessInput } from "../types/generated/readiness.js";
import type { RegulationInput } from "../types/generated/regulation.js";
import type { SwotInput } from "../types/generated/swot.js";
import type { RpjpdInput } from "../types/generated/rpjpd.js";

/** A schema-valid source file: its data typed, its text kept for locating problems. */
export interface Doc<T> {
  source: SourceFile;
  data: T;
  /**
   * In a file that failed its schema, the paths of the values it refused: null or left out in
   * `data`, so the rules judge the rest of the file. Already errors; no rule reports them again.
   */
  refused?: ReadonlyArray<readonly PathSegment[]>;
}

/**
 * The files of a plan that passed their schema, as cross-reference rules see them. A single
 * file that is missing or failed its schema is null; a file that failed is listed in
 * `unchecked`, so rules can treat what it would define as unknown rather than absent.
 */
export interface PartialSources {
  root: string;
  manifest: Doc<ManifestInput> | null;
  agencies: Doc<AgenciesInput> | null;
  rpjpd: Doc<RpjpdInput> | null;
  /** Optional: null when the plan has no glossary.yaml. */
  glossary: Doc<GlossaryInput> | null;
  /** Optional: null when the plan has no readiness.yaml. */
  readiness: Doc<ReadinessInput> | null;
  /** Optional: null when the plan has no swot.yaml. */
  swot: Doc<SwotInput> | null;
  /** Optional: null when the plan has no regulation.yaml (the raperda then prints its blanks). */
  regulation: Doc<RegulationInput> | null;
  chapters: Array<Doc<ChapterInput>>;
  dimensions: Array<Doc<DimensionInput>>;
  programs: Array<Doc<ProgramInput>>;
  unchecked: Array<{ kind: FileKind; path: string }>;
  /** Files that failed their schema but whose other parts the rules judge (see `Doc.refused`). */
  partlyChecked: string[];
}

/** A plan whose every file passed its schema. The model takes this. */
export interface PlanSources extends PartialSources {
  manifest: Doc<ManifestInput>;
  agencies: Doc<AgenciesInput>;
  rpjpd: Doc<RpjpdInput>;
  unchecked: [];
  partlyChecked: [];
}

/** Whether a chapter of the plan places a block, in its sections or after them. */
export function placesBlock(plan: PartialSources, kind: string): boolean {
  type Entry = { block?: string; sections?: readonly Entry[] };
  const inSections = (entries: readonly Entry[]): boolean =>
    entries.some((e) => e.block === kind || inSections(e.sections ?? []));
  return plan.chapters.some(
    (c) =>
      (c.data.blocks ?? []).some((b) => b === kind) ||
      inSections((c.data.sections ?? []) as readonly Entry[]),
  );
}
