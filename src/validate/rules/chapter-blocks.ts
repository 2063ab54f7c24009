import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { locate, type PathSegment } from "../../load/source-file.js";
import type { ChapterInput } from "../../types/generated/chapter.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

type Entry = NonNullable<ChapterInput["sections"]>[number];

/** Each generated block appears once in the document: twice would print every program twice. */
export const chapterBlocks: Rule = {
  id: "chapter-blocks",
  check(plan) {
    const seen = new Map<string, { doc: Doc<ChapterInput>; path: PathSegment[] }>();
    const out: Diagnostic[] = [];
    const use = (doc: Doc<ChapterInput>, path: PathSegment[], kind: string) => {
      const first = seen.get(kind);
      if (!first) return void seen.set(kind, { doc, path });
      out.push(
        at(doc, path, {
          code: "chapter/duplicate-block",
          message: t("chapter.duplicate-block", { kind }),
          hint: t("chapter.duplicate-block-hint"),
          related: [
            { ...locate(first.doc.source, first.path), message: t("chapter.first-placed") },
          ],
        }),
      );
    };
    const walk = (doc: Doc<ChapterInput>, entries: readonly Entry[], path: PathSegment[]) =>
      entries.forEach((e, i) => {
        if ("block" in e) use(doc, [...path, i, "block"], e.block);
        else walk(doc, e.sections ?? [], [...path, i, "sections"]);
      });
    for (const doc of [...plan.chapters].sort((a, b) => a.data.order - b.data.order)) {
      walk(doc, doc.data.sections ?? [], ["sections"]);
      (doc.data.blocks ?? []).forEach((kind, i) => use(doc, ["blocks", i], kind));
    }
    return out;
  },
};
