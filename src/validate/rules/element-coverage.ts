import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { allChecked, at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** Each element of each dimension has at least one program. */
export const elementCoverage: Rule = {
  id: "element-coverage",
  check(plan) {
    // A program that failed its schema may be the one that covers an element.
    if (!allChecked(plan, "program")) return [];
    const used = new Set(plan.programs.map((p) => `${p.data.dimension}/${p.data.element}`));
    const out: Diagnostic[] = [];
    for (const doc of plan.dimensions)
      doc.data.elements.forEach((el, i) => {
        if (!used.has(`${doc.data.id}/${el.id}`))
          out.push(
            at(doc, ["elements", i, "id"], {
              code: "coverage/empty-element",
              severity: "warning",
              message: t("element.no-program", { element: el.name, dimension: doc.data.name }),
            }),
          );
      });
    return out;
  },
};
