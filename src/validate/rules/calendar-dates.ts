import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** Whether a YYYY-MM-DD text names a day of the calendar (the schema checks only its form). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Dates the document prints (an approval, a progress "as of") are days that exist. */
export const calendarDates: Rule = {
  id: "calendar-dates",
  check(plan) {
    const out: Diagnostic[] = [];
    const check = (doc: Doc<unknown>, path: PathSegment[], value: string | null | undefined) => {
      if (value === null || value === undefined || isCalendarDate(value)) return;
      out.push(
        at(doc, path, {
          code: "date/not-a-day",
          message: t("date.not-a-day", { value: String(value) }),
          hint: t("date.not-a-day-hint"),
        }),
      );
    };
    if (plan.manifest) check(plan.manifest, ["legal", "drafted"], plan.manifest.data.legal.drafted);
    if (plan.rpjpd) check(plan.rpjpd, ["document", "approved"], plan.rpjpd.data.document.approved);
    for (const doc of plan.programs) check(doc, ["progress", "as_of"], doc.data.progress?.as_of);
    if (plan.readiness) check(plan.readiness, ["assessed"], plan.readiness.data.assessed);
    return out;
  },
};
