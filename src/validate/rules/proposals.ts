import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/**
 * A proposal of the drafting team (`proposed: true` on a program, a budget line, a stage, the
 * SWOT strategies or a readiness score) is a drafting remark: a rancangan marks it as such, and
 * an enacted regulation may hold none.
 */
export const proposals: Rule = {
  id: "proposals",
  check(plan) {
    if (plan.manifest?.data.legal.status !== "ditetapkan") return [];
    const out: Diagnostic[] = [];
    const walk = (doc: Doc<unknown>, value: unknown, path: PathSegment[]): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(doc, v, [...path, i]));
      else if (typeof value === "object" && value !== null)
        for (const [k, v] of Object.entries(value)) {
          if (k === "proposed" && v === true)
            out.push(
              at(doc, [...path, k], {
                code: "draft/proposal-in-enacted",
                message: t("draft.proposal-in-enacted"),
                hint: t("draft.proposal-in-enacted-hint"),
              }),
            );
          else walk(doc, v, [...path, k]);
        }
    };
    for (const doc of [plan.manifest, plan.swot, plan.readiness, ...plan.programs])
      if (doc) walk(doc, doc.data, []);
    return out;
  },
};
