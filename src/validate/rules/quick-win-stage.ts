import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";
import { span } from "./program-years.js";
import { t } from "../../i18n/language.js";

/**
 * A quick win is realised in the first stage: its years lie inside it. A program outside the
 * whole horizon is reported once, by the years rule, not again here.
 */
export const quickWinStage: Rule = {
  id: "quick-win-stage",
  check(plan) {
    const m = plan.manifest?.data;
    const stage = m?.stages[0];
    if (!m || !stage) return [];
    const out: Diagnostic[] = [];
    for (const doc of plan.programs) {
      if (!doc.data.quick_win) continue;
      const { start, end } = doc.data.years;
      if (start === null || end === null) continue;
      if (start > end || start < m.horizon.start || end > m.horizon.end) continue;
      if (start < stage.start || end > stage.end)
        out.push(
          at(doc, ["years"], {
            code: "quick-win/outside-first-stage",
            message: t("quick-win.outside-first-stage", {
              stage: span(stage.start, stage.end),
              years: span(start, end),
            }),
            hint: t("quick-win.outside-first-stage-hint", { stage: span(stage.start, stage.end) }),
          }),
        );
    }
    return out;
  },
};
