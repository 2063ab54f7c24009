import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import { wholeWords } from "../../text/whole-words.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { t as words } from "../../i18n/language.js";

/**
 * One form per term: a form the glossary lists under `variants` ("kabupaten cerdas" where the
 * plan writes "kota cerdas") is a warning wherever the chapters or the programs use it.
 */
export const termVariants: Rule = {
  id: "term-variants",
  check(plan) {
    const out: Diagnostic[] = [];
    const terms = (plan.glossary?.data.terms ?? []).flatMap((t) =>
      (t.variants ?? []).map((v) => ({
        variant: v,
        preferred: t.indonesian ?? t.term,
        pattern: wholeWords(v),
      })),
    );
    if (terms.length === 0) return out;
    const look = (doc: Doc<unknown>, path: PathSegment[], text: string | null | undefined) => {
      if (!text) return;
      for (const t of terms) {
        const m = t.pattern.exec(text);
        if (m)
          out.push(
            at(doc, path, {
              code: "term/variant",
              severity: "warning",
              message: words("term.variant", { found: m[0], preferred: t.preferred }),
              hint: words("term.variant-hint", { preferred: t.preferred, variant: t.variant }),
            }),
          );
      }
    };
    for (const doc of plan.chapters) {
      const c = doc.data;
      look(doc, ["intro"], c.intro);
      (c.sections ?? []).forEach((s, i) => {
        if ("title" in s) {
          look(doc, ["sections", i, "body"], s.body);
          (s.sections ?? []).forEach((sub, j) => {
            if ("title" in sub) look(doc, ["sections", i, "sections", j, "body"], sub.body);
          });
        }
      });
    }
    for (const doc of plan.programs) look(doc, ["description"], doc.data.description);
    return out;
  },
};
