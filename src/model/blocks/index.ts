import type { BlockKind } from "../document-model.js";
import { budgetBlock, type BudgetData } from "./budget.js";
import type { BlockContext, Draft } from "./context.js";
import { dimensionsBlock, type DimensionData } from "./dimensions.js";
import { governanceBlock, type CoordinatorsData, type GovernanceData } from "./governance.js";
import { infrastructureBlock, type InfrastructureData } from "./infrastructure.js";
import { monitoringBlock, type MonitoringData } from "./monitoring.js";
import { programsBlock, type ProgramProfileData } from "./programs.js";
import { quickWinsBlock, type QuickWinsData } from "./quick-wins.js";
import { readinessBlock, type ReadinessData } from "./readiness.js";
import { regionFactsBlock, type RegionFactsData } from "./region-facts.js";
import { responsibilityBlock, type ResponsibilityData } from "./responsibility.js";
import { risksBlock, type RisksData } from "./risks.js";
import { roadmapBlock, type RoadmapData } from "./roadmap.js";
import { rpjpdBlock, type RpjpdData } from "./rpjpd.js";
import { stagesBlock, type StagesData } from "./stages.js";
import { swotBlock, type SwotData } from "./swot.js";
import { traceabilityBlock, type TraceabilityData } from "./traceability.js";
import { visionBlock, type VisionData } from "./vision.js";

/**
 * A generated part of a section, typed by its kind: the template `block-<kind>.hbs` renders its
 * data, and every renderer reads the same data. `coordinators` is placed by `governance`.
 */
export type Block =
  | { block: "budget"; data: BudgetData }
  | { block: "coordinators"; data: CoordinatorsData }
  | { block: "dimensions"; data: DimensionData }
  | { block: "governance"; data: GovernanceData }
  | { block: "infrastructure"; data: InfrastructureData }
  | { block: "monitoring"; data: MonitoringData }
  | { block: "programs"; data: ProgramProfileData }
  | { block: "quick-wins"; data: QuickWinsData }
  | { block: "readiness"; data: ReadinessData }
  | { block: "region-facts"; data: RegionFactsData }
  | { block: "responsibility"; data: ResponsibilityData }
  | { block: "risks"; data: RisksData }
  | { block: "roadmap"; data: RoadmapData }
  | { block: "rpjpd"; data: RpjpdData }
  | { block: "stages"; data: StagesData }
  | { block: "swot"; data: SwotData }
  | { block: "traceability"; data: TraceabilityData }
  | { block: "vision"; data: VisionData };

/** The builder of each block a chapter file may name. */
const BUILDERS: Record<BlockKind, (ctx: BlockContext) => Draft[]> = {
  budget: budgetBlock,
  dimensions: dimensionsBlock,
  governance: governanceBlock,
  infrastructure: infrastructureBlock,
  monitoring: monitoringBlock,
  programs: programsBlock,
  "quick-wins": quickWinsBlock,
  readiness: readinessBlock,
  "region-facts": regionFactsBlock,
  responsibility: responsibilityBlock,
  risks: risksBlock,
  roadmap: roadmapBlock,
  rpjpd: rpjpdBlock,
  stages: stagesBlock,
  swot: swotBlock,
  traceability: traceabilityBlock,
  vision: visionBlock,
};

/**
 * The sections a generated block contributes to its chapter. A part with nothing to show
 * (no programs of a type, no agencies) contributes no section rather than an empty table.
 */
export function blockSections(kind: BlockKind, ctx: BlockContext): Draft[] {
  return BUILDERS[kind](ctx);
}

export type { BlockContext, Draft } from "./context.js";
export type {
  BudgetData,
  CoordinatorsData,
  DimensionData,
  GovernanceData,
  InfrastructureData,
  MonitoringData,
  ProgramProfileData,
  QuickWinsData,
  ReadinessData,
  RegionFactsData,
  ResponsibilityData,
  RisksData,
  RoadmapData,
  RpjpdData,
  StagesData,
  SwotData,
  TraceabilityData,
  VisionData,
};
