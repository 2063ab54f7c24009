import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { allChecked, at, type Rule } from "../rule.js";

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
            message: `${doc.data.name} has no quick-win program.`,
            hint: "Mark the dimension's flagship program with `quick_win: true`.",
          }),
        );
    return out;
  },
};
