import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { allChecked, at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** Each dimension has at least one quick win (in practice one per dimension). */
export const quickWinCoverage: Rule = {
  id: "quick-win-coverage",
  check(plan) {
    if (!allChecked(plan, "program")) return [];
    const withQuickWin = new Set(
      plan.programs.filter((p) => p.data.quick_win).map((p) => p.data.dimension),
    );
    const out: Diagnostic[] = [];
    for (const doc of plan.dimensions)
      if (!withQuickWin.has(doc.data.id))
        out.push(
          at(doc, ["id"], {
            code: "coverage/no-quick-win",
            severity: "warning",
            message: t("quick-win.none", { dimension: doc.data.name }),
            hint: t("quick-win.none-hint"),
          }),
        );
    return out;
  },
};
