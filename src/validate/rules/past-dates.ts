import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { bulanAtauTriwulan, tanggal } from "../../text/tanggal.js";
import { isCalendarDate } from "./calendar-dates.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/**
 * A quick win is a plan for what comes after the draft: its years and milestones that ended
 * before the draft's date (`legal.drafted`) would print as plans what is already past. A quick
 * win that is done (`status: selesai`) reports what happened, and is left alone.
 */
export const pastDates: Rule = {
  id: "past-dates",
  check(plan) {
    const out: Diagnostic[] = [];
    const drafted = plan.manifest?.data.legal.drafted;
    if (!drafted || !isCalendarDate(drafted)) return out;
    const today = tanggal(drafted);
    const hint = t("date.past-hint");
    for (const doc of plan.programs) {
      const p = doc.data;
      if (!p.quick_win || p.status === "selesai") continue;
      if (p.years.end !== null && `${p.years.end}-12-31` < drafted)
        out.push(
          at(doc, ["years", "end"], {
            code: "date/past",
            severity: "warning",
            message: t("date.past-quick-win", { end: p.years.end, today }),
            hint,
          }),
        );
      (p.milestones ?? []).forEach((m, i) => {
        if (lastDay(m.when) < drafted)
          out.push(
            at(doc, ["milestones", i, "when"], {
              code: "date/past",
              severity: "warning",
              message: t("date.past-milestone", { when: bulanAtauTriwulan(m.when), today }),
              hint,
            }),
          );
      });
    }
    return out;
  },
};

/** The last day of a month (2025-09) or quarter (2025-Q3), as YYYY-MM-DD. */
export function lastDay(when: string): string {
  const [year, part] = when.split("-") as [string, string];
  const month = part.startsWith("Q") ? Number(part.slice(1)) * 3 : Number(part);
  const day = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
