import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../did-you-mean.js";
import { at, uncheckedIds, type Rule } from "../rule.js";

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
            message: `The dimension \`${doc.data.dimension}\` has no file in dimensions/.`,
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
            message: `The element \`${doc.data.element}\` is not an element of ${dim.name}.`,
            hint:
              didYouMean(doc.data.element, elements) ??
              `Elements of ${dim.name}: ${elements.join(", ")}.`,
          }),
        );
    }
    return out;
  },
};
