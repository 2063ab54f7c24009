import { word } from "../locale.js";
import { masterplanVision, type VisionModel } from "../vision.js";
import { part, type BlockContext, type Draft } from "./context.js";

export type VisionData = VisionModel;

/**
 * The masterplan's own vision and missions, from masterplan.yaml: the same text the ringkasan
 * prints. Without a `vision` in the manifest the part shows a visible blank (and validation
 * warns), never the RPJPD's vision under the masterplan's name.
 */
export function visionBlock(ctx: BlockContext): Draft[] {
  const data: VisionData = masterplanVision(ctx.plan) ?? {
    owner: "masterplan",
    text: null,
    missions: [],
    proposed: false,
  };
  return [part("vision", word(ctx.locale.blocks, "vision"), { block: "vision", data })];
}
