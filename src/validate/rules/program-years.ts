import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { yearSpan } from "../../text/year-span.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/**
 * A program's years run forward and fall inside the plan horizon (one error per program,
 * naming both years); indicator targets fall inside the program's years. A year not known yet
 * (null) is checked by blank-facts; the other one is still judged here.
 */
export const programYears: Rule = {
  id: "program-years",
  check(plan) {
    const horizon = plan.manifest?.data.horizon;
    const out: Diagnostic[] = [];
    for (const doc of plan.programs) {
      const { start, end } = doc.data.years;
      const lo = start ?? -Infinity;
      const hi = end ?? Infinity;
      if (lo > hi) {
        out.push(
          at(doc, ["years", "start"], {
            code: "years/start-after-end",
            message: t("years.reversed", { start: String(start), end: String(end) }),
          }),
        );
        continue;
      }
      if (
        horizon &&
        ((start !== null && start < horizon.start) || (end !== null && end > horizon.end))
      )
        out.push(
          at(doc, ["years"], {
            code: "years/outside-horizon",
            message: t("years.outside-horizon", {
              years: span(start, end),
              horizon: span(horizon.start, horizon.end),
            }),
            hint: t("years.outside-horizon-hint"),
          }),
        );
      doc.data.indicators.forEach((ind, i) => {
        for (const y of Object.keys(ind.targets)) {
          const year = Number(y);
          if (year < lo || year > hi)
            out.push(
              at(doc, ["indicators", i, "targets", y], {
                code: "years/target-outside-program",
                key: true,
                message: t("years.target-outside", { year, years: span(start, end) }),
              }),
            );
        }
      });
    }
    return out;
  },
};

/** "2025–2027", with "?" for a year not known yet (messages are read in a terminal). */
export function span(start: number | null, end: number | null): string {
  return yearSpan(start, end, "?");
}
