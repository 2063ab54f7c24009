import type { Caption, ProgramModel } from "../document-model.js";
import { baselineSources } from "../indicators.js";
import { word } from "../locale.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface ProgramProfileData {
  program: ProgramModel;
  /** Numbered in the order they print; null for a table the program has nothing for. */
  captions: { profile: Caption; budget: Caption | null; indicators: Caption | null };
}

/** A program profile and the numbered captions of its tables, in the order they print. */
function profile(p: ProgramModel, ctx: BlockContext): ProgramProfileData {
  const c = (key: string) => word(ctx.locale.captions, key, { name: p.name });
  return {
    program: p,
    captions: {
      profile: ctx.caption(c("profile")),
      budget: p.budget?.length ? ctx.caption(c("budget")) : null,
      indicators: p.indicators.length
        ? ctx.caption(c("indicators"), baselineSources(p.indicators))
        : null,
    },
  };
}

/** A section per dimension with programs, and in it a profile per program. */
export function programsBlock(ctx: BlockContext): Draft[] {
  return ctx.dimensions
    .filter((d) => d.programs.length > 0)
    .map((d) => ({
      key: `programs-${d.id}`,
      title: word(ctx.locale.blocks, "programs", { dimension: d.name }),
      body: null,
      note: null,
      block: null,
      data: null,
      sections: d.programs.map((p) =>
        part(p.anchor, p.name, { block: "programs", data: profile(p, ctx) }),
      ),
    }));
}
