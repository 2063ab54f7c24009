import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";

/** Facts that may be left blank without a warning: optional details, not facts someone owes. */
const QUIET_KEYS = new Set([
  "acronym",
  "objective",
  "output",
  "outcome",
  "location",
  "infrastructure",
  "intro",
  "body",
  "theme",
  "attachment",
  "about",
  "description",
]);

/**
 * A fact left blank on purpose (`null`) is a warning, so nobody forgets to fill it,
 * and the document shows a visible blank. An unassigned coordinator gets its own code.
 */
export const blankFacts: Rule = {
  id: "blank-facts",
  check(plan) {
    const docs: Array<Doc<unknown>> = [
      plan.manifest,
      plan.agencies,
      plan.rpjpd,
      ...plan.dimensions,
      ...plan.programs,
    ];
    const out: Diagnostic[] = [];
    const walk = (doc: Doc<unknown>, value: unknown, path: PathSegment[]): void => {
      if (value === null) {
        const key = [...path].reverse().find((s) => typeof s === "string") ?? "";
        if (QUIET_KEYS.has(key)) return;
        out.push(
          key === "coordinator"
            ? at(doc, path, {
                code: "blank/unassigned-coordinator",
                severity: "warning",
                message:
                  "No coordinating agency is assigned yet; the document shows “belum ditetapkan”.",
                hint: "Set it to an agency id once the Bupati assigns one.",
              })
            : at(doc, path, {
                code: "blank/left-blank",
                severity: "warning",
                message: `\`${path.map(String).join(".")}\` is left blank; the document shows a visible blank.`,
              }),
        );
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(doc, v, [...path, i]));
      else if (typeof value === "object")
        for (const [k, v] of Object.entries(value)) walk(doc, v, [...path, k]);
    };
    for (const doc of docs) walk(doc, doc.data, []);
    return out;
  },
};
