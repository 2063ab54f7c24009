import type { Rule } from "../rule.js";
import { agencyRefs } from "./agency-refs.js";
import { baselineSource } from "./baseline-source.js";
import { blankFacts } from "./blank-facts.js";
import { budgetCeiling } from "./budget-ceiling.js";
import { budgetSums } from "./budget-sums.js";
import { budgetYears } from "./budget-years.js";
import { calendarDates } from "./calendar-dates.js";
import { chapterBlocks } from "./chapter-blocks.js";
import { dependsOn } from "./depends-on.js";
import { dimensionsComplete } from "./dimensions-complete.js";
import { draftingNotes } from "./drafting-notes.js";
import { elementCoverage } from "./element-coverage.js";
import { idMatchesFile } from "./id-matches-file.js";
import { nomenclature } from "./nomenclature.js";
import { pastDates } from "./past-dates.js";
import { planningRefs } from "./planning-refs.js";
import { programElement } from "./program-element.js";
import { programYears } from "./program-years.js";
import { proposals } from "./proposals.js";
import { quickWinCoverage } from "./quick-win-coverage.js";
import { quickWinProfile } from "./quick-win-profile.js";
import { quickWinStage } from "./quick-win-stage.js";
import { readiness } from "./readiness.js";
import { references } from "./references.js";
import { regulationKind } from "./regulation-kind.js";
import { stageCoverage } from "./stage-coverage.js";
import { swot } from "./swot.js";
import { tableCells } from "./table-cells.js";
import { termVariants } from "./term-variants.js";
import { stages } from "./stages.js";
import { uniqueIds } from "./unique-ids.js";

/** Every cross-reference rule, in the order their findings read best. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  idMatchesFile,
  chapterBlocks,
  references,
  regulationKind,
  dimensionsComplete,
  programElement,
  agencyRefs,
  planningRefs,
  nomenclature,
  dependsOn,
  stages,
  programYears,
  budgetYears,
  quickWinStage,
  budgetSums,
  budgetCeiling,
  calendarDates,
  pastDates,
  quickWinCoverage,
  quickWinProfile,
  stageCoverage,
  readiness,
  swot,
  elementCoverage,
  baselineSource,
  blankFacts,
  tableCells,
  termVariants,
  draftingNotes,
  proposals,
];
