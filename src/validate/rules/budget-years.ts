import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";
import { span } from "./program-years.js";
import { t } from "../../i18n/language.js";

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
              message: t("budget.year-outside", { year: line.year, years: span(start, end) }),
            }),
          );
        const key = `${line.year}/${line.source}`;
        if (seen.has(key))
          out.push(
            at(doc, ["budget", i], {
              code: "budget/duplicate-line",
              message: t("budget.duplicate-line", {
                year: line.year,
                source: line.source ?? t("budget.unknown-source"),
              }),
              hint: t("budget.duplicate-line-hint"),
            }),
          );
        seen.add(key);
      });
    }
    return out;
  },
};
