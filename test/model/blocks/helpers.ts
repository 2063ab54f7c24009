import { buildModel } from "../../../src/model/build-model.js";
import type { Block } from "../../../src/model/blocks/index.js";
import type { SectionModel } from "../../../src/model/document-model.js";
import { miniPlan, validateFiles } from "../../helpers/mini-plan.js";
import { defaultLocale } from "../../helpers/theme.js";

/**
 * The sections a block contributes, on the mini plan with a chapter that places only it, and
 * any files changed or added: each typed by the block's kind.
 */
export function sectionsOf<K extends Block["block"]>(
  kind: K,
  files: Record<string, string> = {},
  place: Block["block"] = kind,
): Array<SectionModel & Extract<Block, { block: K }>> {
  const plan = {
    ...miniPlan(),
    "chapters/blok.yaml": `schema_version: 1\nid: blok\norder: 2\ntitle: Blok\nblocks: [${place}]\n`,
    ...files,
  };
  const checked = validateFiles(plan);
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  if (errors.length || !checked.sources) throw new Error(JSON.stringify(errors));
  const model = buildModel(checked.sources, { locale: defaultLocale, documents: ["masterplan"] });
  const chapter = model.chapters.find((c) => c.title === "BLOK")!;
  const all = (sections: SectionModel[]): SectionModel[] =>
    sections.flatMap((s) => [s, ...all(s.sections)]);
  return all(chapter.sections).filter(
    (s): s is SectionModel & Extract<Block, { block: K }> => s.block === kind,
  );
}
