import type { DiffSide } from "../../src/diff/plan-diff.js";
import { buildModel } from "../../src/model/build-model.js";
import { validateFiles } from "./mini-plan.js";
import { defaultLocale } from "./theme.js";

/** A plan of in-memory files as a side of a comparison: modelled, its programs resolved. */
export function side(files: Record<string, string>): DiffSide {
  const checked = validateFiles(files);
  const model = buildModel(checked.sources!, { locale: defaultLocale, documents: [] });
  return { model, sources: checked.partial };
}
