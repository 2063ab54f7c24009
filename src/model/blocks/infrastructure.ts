import type { Caption, ProgramModel } from "../document-model.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface InfrastructureData {
  caption: Caption;
  programs: ProgramModel[];
}

const TYPES = ["fisik", "digital", "sosial"];

/** A section per kind of infrastructure (fisik, digital, sosial) that some program builds. */
export function infrastructureBlock(ctx: BlockContext): Draft[] {
  return TYPES.map((type) => ({
    type: word(ctx.locale.infrastructure, type),
    programs: ctx.programs.filter((p) => p.infrastructure === type),
  }))
    .filter((x) => x.programs.length > 0)
    .map((x) => {
      const data: InfrastructureData = {
        caption: ctx.caption(word(ctx.locale.captions, "infrastructure", { type: x.type })),
        programs: x.programs,
      };
      const title = word(ctx.locale.blocks, "infrastructure", { type: x.type });
      return part(`infrastructure-${x.type}`, title, { block: "infrastructure", data });
    });
}
