import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../did-you-mean.js";
import { at, uncheckedIds, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** `depends_on` names existing programs, and dependencies form no cycle. */
export const dependsOn: Rule = {
  id: "depends-on",
  check(plan) {
    const byId = new Map(plan.programs.map((d) => [d.data.id, d]));
    const unchecked = uncheckedIds(plan, "program");
    const out: Diagnostic[] = [];
    for (const doc of plan.programs) {
      doc.data.depends_on.forEach((id, i) => {
        if (!byId.has(id) && !unchecked.has(id))
          out.push(
            at(doc, ["depends_on", i], {
              code: "ref/unknown-program",
              message: t("ref.no-program", { id }),
              hint: didYouMean(id, byId.keys()) ?? t("depends.hint"),
            }),
          );
      });
    }
    // Depth-first search; each cycle is reported once, at the edge that closes it.
    const state = new Map<string, "visiting" | "done">();
    const stack: string[] = [];
    const visit = (id: string): void => {
      state.set(id, "visiting");
      stack.push(id);
      const doc = byId.get(id);
      doc?.data.depends_on.forEach((next, i) => {
        if (!byId.has(next)) return;
        if (state.get(next) === "visiting") {
          const cycle = [...stack.slice(stack.indexOf(next)), next];
          out.push(
            at(doc, ["depends_on", i], {
              code: "ref/dependency-cycle",
              message: t("depends.cycle", { cycle: cycle.join(" → ") }),
              hint: t("depends.cycle-hint"),
            }),
          );
        } else if (!state.has(next)) visit(next);
      });
      stack.pop();
      state.set(id, "done");
    };
    for (const id of [...byId.keys()].sort()) if (!state.has(id)) visit(id);
    return out;
  },
};
