import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/**
 * The plan's amounts add up exactly: every total the documents print (per program, dimension,
 * year, source, stage and the whole) is a part of the sum of all amounts, and sums stay exact
 * in a double up to 2^53 − 1 rupiah. A plan whose amounts together pass that is refused at the
 * amount that takes the sum over, rather than printed with totals that are off.
 */
export const budgetSums: Rule = {
  id: "budget-sums",
  check(plan) {
    let sum = 0n;
    for (const doc of plan.programs)
      for (const [i, line] of (doc.data.budget ?? []).entries()) {
        if (line.amount === null) continue;
        sum += BigInt(line.amount);
        if (sum > MAX)
          return [
            at(doc, ["budget", i, "amount"], {
              code: "budget/sum-too-large",
              message: t("budget.sum-too-large", { max: MAX.toLocaleString("en") }),
              hint: t("budget.sum-too-large-hint"),
            }),
          ];
      }
    return [];
  },
};

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
