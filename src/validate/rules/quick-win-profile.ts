import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/**
 * A quick win's profile holds what the method asks and the program profile does not: the
 * problem it solves, its 12-month target, milestones and risks. Optional for other programs;
 * for a quick win, each one missing is named. A value written as null is a blank, and the
 * blank-facts rule reports it instead.
 */
export const quickWinProfile: Rule = {
  id: "quick-win-profile",
  check(plan) {
    const out: Diagnostic[] = [];
    for (const doc of plan.programs) {
      const p = doc.data;
      if (!p.quick_win) continue;
      const missing = [
        p.problem === undefined ? "`problem` (the problem it solves)" : null,
        p.target_12_months === undefined ? "`target_12_months`" : null,
        (p.milestones ?? []).length === 0 ? "`milestones`" : null,
        (p.risks ?? []).length === 0 ? "`risks`" : null,
      ].filter((m): m is string => m !== null);
      if (missing.length)
        out.push(
          at(doc, ["quick_win"], {
            code: "quick-win/profile-incomplete",
            severity: "warning",
            key: true,
            message: t("quick-win.profile-incomplete", { missing: missing.join(", ") }),
            hint: t("quick-win.profile-incomplete-hint"),
          }),
        );
    }
    return out;
  },
};
