import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";

/** A quick win is realised in the first stage: its years lie inside it. */
export const quickWinStage: Rule = {
  id: "quick-win-stage",
  check(plan) {
    const stage = plan.manifest.data.stages[0];
    const out: Diagnostic[] = [];
    for (const doc of plan.programs) {
      if (!doc.data.quick_win) continue;
      const { start, end } = doc.data.years;
      if (start < stage.start || end > stage.end)
        out.push(
          at(doc, ["years"], {
            code: "quick-win/outside-first-stage",
            message: `A quick win must fall in the first stage (${stage.start}–${stage.end}), but this one runs ${start}–${end}.`,
            hint: "Shorten its years, or set `quick_win: false`.",
          }),
        );
    }
    return out;
  },
};
