import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { formatRupiah } from "../../text/rupiah.js";
import { allChecked, at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/**
 * The summed program budgets stay within the ceilings the manifest sets. Unknown amounts
 * count as unknown, not as zero: only a known part above a ceiling is certainly over it.
 */
export const budgetCeiling: Rule = {
  id: "budget-ceiling",
  check(plan) {
    const ceiling = plan.manifest?.data.budget_ceiling;
    if (!plan.manifest || !ceiling || !allChecked(plan, "program")) return [];
    let total = 0;
    const perYear = new Map<number, number>();
    for (const doc of plan.programs)
      for (const line of doc.data.budget ?? []) {
        if (line.amount === null) continue;
        total += line.amount;
        perYear.set(line.year, (perYear.get(line.year) ?? 0) + line.amount);
      }
    const out: Diagnostic[] = [];
    if (ceiling.total !== undefined && total > ceiling.total)
      out.push(
        at(plan.manifest, ["budget_ceiling", "total"], {
          code: "budget/over-ceiling",
          message: t("budget.above-ceiling", {
            total: formatRupiah(total),
            ceiling: formatRupiah(ceiling.total),
          }),
        }),
      );
    if (ceiling.per_year !== undefined)
      for (const [year, sum] of [...perYear].sort((a, b) => a[0] - b[0]))
        if (sum > ceiling.per_year)
          out.push(
            at(plan.manifest, ["budget_ceiling", "per_year"], {
              code: "budget/over-ceiling",
              message: t("budget.above-yearly-ceiling", {
                total: formatRupiah(sum),
                year,
                ceiling: formatRupiah(ceiling.per_year),
              }),
            }),
          );
    return out;
  },
};
