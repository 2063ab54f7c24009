import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

type Baseline =
  number | null | { value: number | null; year?: number | null; source?: string | null };

/**
 * A measured baseline says when it was measured and by whom, so a reader can check it: a
 * value without a year or a source is a warning. An unmeasured baseline (null) is a blank.
 */
export const baselineSource: Rule = {
  id: "baseline-source",
  check(plan) {
    const out: Diagnostic[] = [];
    const check = (doc: Doc<unknown>, path: PathSegment[], baseline: Baseline) => {
      if (baseline === null) return;
      const b = typeof baseline === "number" ? { value: baseline } : baseline;
      if (b.value === null) return;
      const missing = [
        b.year === null || b.year === undefined ? t("baseline.year") : null,
        b.source === null || b.source === undefined || b.source === ""
          ? t("baseline.source")
          : null,
      ].filter((m) => m !== null);
      if (missing.length === 0) return;
      out.push(
        at(doc, path, {
          code: "indicator/baseline-unsourced",
          severity: "warning",
          message: t("baseline.unsourced", {
            value: b.value,
            missing: missing.join(t("baseline.and-no")),
          }),
          hint: t("baseline.unsourced-hint", { value: b.value }),
        }),
      );
    };
    for (const doc of [...plan.programs, ...plan.dimensions])
      (doc.data.indicators as Array<{ baseline: Baseline }>).forEach((ind, i) =>
        check(doc, ["indicators", i, "baseline"], ind.baseline),
      );
    return out;
  },
};
