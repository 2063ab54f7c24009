import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";

/** A program's years run forward and fall inside the plan horizon; indicator targets fall inside them. */
export const programYears: Rule = {
  id: "program-years",
  check(plan) {
    const { start: first, end: last } = plan.manifest.data.horizon;
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
      for (const key of ["start", "end"] as const) {
        const year = doc.data.years[key];
        if (year < first || year > last)
          out.push(
            at(doc, ["years", key], {
              code: "years/outside-horizon",
              message: `The year ${year} is outside the plan horizon ${first}–${last}.`,
            }),
          );
      }
      doc.data.indicators.forEach((ind, i) => {
        for (const y of Object.keys(ind.targets)) {
          const year = Number(y);
          if (year < start || year > end)
            out.push(
              at(doc, ["indicators", i, "targets", y], {
                code: "years/target-outside-program",
                key: true,
                message: `The target year ${year} is outside the program's years ${start}–${end}.`,
              }),
            );
        }
      });
    }
    return out;
  },
};
