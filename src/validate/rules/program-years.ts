import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";

/**
 * A program's years run forward and fall inside the plan horizon (one error per program,
 * naming both years); indicator targets fall inside the program's years.
 */
export const programYears: Rule = {
  id: "program-years",
  check(plan) {
    const horizon = plan.manifest?.data.horizon;
    const out: Diagnostic[] = [];
    for (const doc of plan.programs) {
      const { start, end } = doc.data.years;
      if (start > end) {
        out.push(
          at(doc, ["years", "start"], {
            code: "years/start-after-end",
            message: `The program starts in ${start}, after it ends in ${end}.`,
          }),
        );
        continue;
      }
      if (horizon && (start < horizon.start || end > horizon.end))
        out.push(
          at(doc, ["years"], {
            code: "years/outside-horizon",
            message: `The program runs ${span(start, end)}, outside the plan horizon ${span(horizon.start, horizon.end)}.`,
            hint: "Correct its years, or, if the plan's horizon is wrong, `horizon` and `stages` in masterplan.yaml.",
          }),
        );
      doc.data.indicators.forEach((ind, i) => {
        for (const y of Object.keys(ind.targets)) {
          const year = Number(y);
          if (year < start || year > end)
            out.push(
              at(doc, ["indicators", i, "targets", y], {
                code: "years/target-outside-program",
                key: true,
                message: `The target year ${year} is outside the program's years ${span(start, end)}.`,
              }),
            );
        }
      });
    }
    return out;
  },
};

export function span(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}
