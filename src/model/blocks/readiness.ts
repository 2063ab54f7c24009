import type { Caption } from "../document-model.js";
import { word } from "../locale.js";
import type { ReadinessModel } from "../readiness.js";
import { part, type BlockContext, type Draft } from "./context.js";

export interface ReadinessData {
  readiness: ReadinessModel;
  captions: { scores: Caption; chart: Caption };
}

/** The readiness scores and chart, as the buku saku prints them. */
export function readinessBlock(ctx: BlockContext): Draft[] {
  if (!ctx.readiness) return [];
  const cap = (key: string) => word(ctx.locale.captions, key);
  const data: ReadinessData = {
    readiness: ctx.readiness,
    captions: { scores: ctx.caption(cap("readiness")), chart: ctx.figure(cap("readinessChart")) },
  };
  return [part("readiness", word(ctx.locale.blocks, "readiness"), { block: "readiness", data })];
}
