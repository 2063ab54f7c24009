import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import type { ChapterInput } from "../../types/generated/chapter.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

type Entry = NonNullable<ChapterInput["sections"]>[number];

/** A blank typed into running text: an ellipsis of two or more characters, or three dots. */
const TYPED_BLANK = /…{2,}|\.{3,}/;

/**
 * Drafting notes and typed blanks belong to a draft: a rancangan prints notes as marked
 * notes, an enacted regulation may hold neither.
 */
export const draftingNotes: Rule = {
  id: "drafting-notes",
  check(plan) {
    if (plan.manifest?.data.legal.status !== "ditetapkan") return [];
    const out: Diagnostic[] = [];
    const note = (doc: Doc<ChapterInput>, path: PathSegment[]) =>
      out.push(
        at(doc, path, {
          code: "draft/note-in-enacted",
          message: t("draft.note-in-enacted"),
          hint: t("draft.note-in-enacted-hint"),
        }),
      );
    const text = (
      doc: Doc<ChapterInput>,
      path: PathSegment[],
      value: string | null | undefined,
    ) => {
      if (value && TYPED_BLANK.test(value))
        out.push(
          at(doc, path, {
            code: "draft/blank-in-text",
            message: t("draft.blank-in-text"),
            hint: t("draft.blank-in-text-hint"),
          }),
        );
    };
    const walk = (doc: Doc<ChapterInput>, entries: readonly Entry[], path: PathSegment[]) =>
      entries.forEach((e, i) => {
        if ("block" in e) return;
        if (e.note) note(doc, [...path, i, "note"]);
        text(doc, [...path, i, "body"], e.body);
        walk(doc, e.sections ?? [], [...path, i, "sections"]);
      });
    for (const doc of plan.chapters) {
      if (doc.data.note) note(doc, ["note"]);
      text(doc, ["intro"], doc.data.intro);
      walk(doc, doc.data.sections ?? [], ["sections"]);
    }
    return out;
  },
};
