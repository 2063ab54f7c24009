import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../did-you-mean.js";
import { at, uncheckedIds, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** Each program's dimension has a file, and its element is one of that dimension's elements. */
export const programElement: Rule = {
  id: "program-element",
  check(plan) {
    const dims = new Map(plan.dimensions.map((d) => [d.data.id, d.data]));
    const unchecked = uncheckedIds(plan, "dimension");
    const out: Diagnostic[] = [];
    for (const doc of plan.programs) {
      const dim = dims.get(doc.data.dimension);
      if (!dim && unchecked.has(doc.data.dimension)) continue;
      if (!dim) {
        out.push(
          at(doc, ["dimension"], {
            code: "ref/unknown-dimension",
            message: t("element.no-dimension", { dimension: doc.data.dimension }),
          }),
        );
        continue;
      }
      const elements = dim.elements.map((e) => e.id);
      // An element not chosen yet (null) is a blank, warned about elsewhere.
      if (doc.data.element !== null && !elements.includes(doc.data.element))
        out.push(
          at(doc, ["element"], {
            code: "ref/unknown-element",
            message: t("element.unknown", { element: doc.data.element, dimension: dim.name }),
            hint:
              didYouMean(doc.data.element, elements) ??
              t("element.list", { dimension: dim.name, elements: elements.join(", ") }),
          }),
        );
    }
    return out;
  },
};
