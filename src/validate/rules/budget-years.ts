import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";
import { span } from "./program-years.js";

/** Budget lines fall inside their program's years, once per year and source. */
export const budgetYears: Rule = {
  id: "budget-years",
  check(plan) {
    const out: Diagnostic[] = [];
    for (const doc of plan.programs) {
      const { start, end } = doc.data.years;
      const lo = start ?? -Infinity;
      const hi = end ?? Infinity;
      const seen = new Set<string>();
      (doc.data.budget ?? []).forEach((line, i) => {
        if (line.year < lo || line.year > hi)
          out.push(
            at(doc, ["budget", i, "year"], {
              code: "budget/year-outside-program",
              message: `The budget year ${line.year} is outside the program's years ${span(start, end)}.`,
            }),
          );
        const key = `${line.year}/${line.source}`;
        if (seen.has(key))
          out.push(
            at(doc, ["budget", i], {
              code: "budget/duplicate-line",
              message: `There is already a budget line for ${line.year} from ${line.source ?? "an unknown source"}.`,
              hint: "Add the amounts into one line.",
            }),
          );
        seen.add(key);
      });
    }
    return out;
  },
};
