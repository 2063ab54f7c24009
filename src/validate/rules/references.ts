import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import { chapterNumbers, REFERENCE } from "../chapter-references.js";
import { didYouMean } from "../did-you-mean.js";
import type { Doc } from "../plan-sources.js";
import type { ChapterInput } from "../../types/generated/chapter.js";
import { at, type Rule } from "../rule.js";
import { t as words } from "../../i18n/language.js";

/** "Bab VI", "BAB X": a chapter number written by hand, which goes stale when chapters move. */
const HAND_WRITTEN = /\bBab\s+[IVXLC]+\b/i;

type Entry = NonNullable<ChapterInput["sections"]>[number];

/**
 * Chapter references in the chapters' texts are derived: `{bab:<block>}` or `{bab:<chapter id>}`
 * names what is referred to, and the document writes its number. An unknown name is an error;
 * a number written by hand is a warning.
 */
export const references: Rule = {
  id: "references",
  check(plan) {
    const numbers = chapterNumbers(plan);
    const keys = [...numbers.keys()];
    const out: Diagnostic[] = [];
    const text = (
      doc: Doc<ChapterInput>,
      path: PathSegment[],
      value: string | null | undefined,
    ) => {
      if (!value) return;
      for (const m of value.matchAll(REFERENCE))
        if (!numbers.has(m[1]!))
          out.push(
            at(doc, path, {
              code: "ref/unknown-chapter",
              message: words("ref.bab-unknown", { ref: m[0] }),
              hint: didYouMean(m[1]!, keys) ?? words("ref.bab-unknown-hint"),
            }),
          );
      const hand = HAND_WRITTEN.exec(value.replace(REFERENCE, ""));
      if (hand)
        out.push(
          at(doc, path, {
            code: "ref/hand-written",
            severity: "warning",
            message: words("ref.bab-by-hand", { text: hand[0] }),
            hint: words("ref.bab-by-hand-hint"),
          }),
        );
    };
    const walk = (doc: Doc<ChapterInput>, entries: readonly Entry[], path: PathSegment[]) =>
      entries.forEach((e, i) => {
        if ("block" in e) return;
        text(doc, [...path, i, "body"], e.body);
        text(doc, [...path, i, "note"], e.note);
        walk(doc, e.sections ?? [], [...path, i, "sections"]);
      });
    for (const doc of plan.chapters) {
      text(doc, ["intro"], doc.data.intro);
      text(doc, ["note"], doc.data.note);
      walk(doc, doc.data.sections ?? [], ["sections"]);
    }
    return out;
  },
};
