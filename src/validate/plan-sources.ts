import type { SourceFile } from "../load/source-file.js";
import type { AgenciesInput } from "../types/generated/agencies.js";
import type { ChapterInput } from "../types/generated/chapter.js";
import type { DimensionInput } from "../types/generated/dimension.js";
import type { ManifestInput } from "../types/generated/manifest.js";
import type { ProgramInput } from "../types/generated/program.js";
import type { RpjpdInput } from "../types/generated/rpjpd.js";

/** A schema-valid source file: its data typed, its text kept for locating problems. */
export interface Doc<T> {
  source: SourceFile;
  data: T;
}

/** A plan whose every file passed its schema. Cross-reference rules and the model take this. */
export interface PlanSources {
  root: string;
  manifest: Doc<ManifestInput>;
  agencies: Doc<AgenciesInput>;
  rpjpd: Doc<RpjpdInput>;
  chapters: Array<Doc<ChapterInput>>;
  dimensions: Array<Doc<DimensionInput>>;
  programs: Array<Doc<ProgramInput>>;
}
