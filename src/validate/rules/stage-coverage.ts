import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { allChecked, at, type Rule } from "../rule.js";
import { span } from "./program-years.js";
import { t } from "../../i18n/language.js";

/**
 * Every stage of the horizon is planned: programs run in it, or it has policy directions, or
 * the plan says its programs are left to the next review. A stage whose programs have no
 * budget in its years is named too, unless it is left to that review: a plan that runs to 2045
 * with all its money before 2035 should say so rather than leave it to be noticed.
 */
export const stageCoverage: Rule = {
  id: "stage-coverage",
  check(plan) {
    const manifest = plan.manifest;
    if (!manifest || !allChecked(plan, "program")) return [];
    const out: Diagnostic[] = [];
    manifest.data.stages.forEach((stage, i) => {
      if (stage.start > stage.end) return;
      const years = span(stage.start, stage.end);
      const running = plan.programs.filter(
        (p) =>
          p.data.years.start !== null &&
          p.data.years.end !== null &&
          p.data.years.start <= stage.end &&
          p.data.years.end >= stage.start,
      );
      const directions = (stage.directions ?? []).length > 0;
      const deferred = typeof stage.deferred === "string" && stage.deferred.trim() !== "";
      if (running.length === 0) {
        if (!directions && !deferred)
          out.push(
            at(manifest, ["stages", i], {
              code: "stage/empty",
              severity: "warning",
              message: t("coverage.no-program", { stage: stage.name, years }),
              hint: t("coverage.no-program-hint"),
            }),
          );
        return;
      }
      const budgeted = running.some((p) =>
        (p.data.budget ?? []).some(
          (line) => line.year >= stage.start && line.year <= stage.end && line.amount !== 0,
        ),
      );
      if (!budgeted && !deferred)
        out.push(
          at(manifest, ["stages", i], {
            code: "stage/no-budget",
            severity: "warning",
            message: t("coverage.no-budget", { n: running.length, stage: stage.name, years }),
            hint: t("coverage.no-budget-hint"),
          }),
        );
    });
    return out;
  },
};
