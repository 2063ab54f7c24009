import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { placesBlock, type Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";

const missing = (v: unknown) => v === undefined || v === null;

/**
 * A table cell with nothing to print shows a visible blank, never an empty cell; the fact it
 * lacks gets a warning (an error in an enacted plan), whether the key is null or not written.
 * Themes, element descriptions and outputs are optional elsewhere (blank-facts leaves them
 * quiet), so their nulls are reported here too.
 */
export const tableCells: Rule = {
  id: "table-cells",
  check(plan) {
    const severity = plan.manifest?.data.legal.status === "ditetapkan" ? "error" : "warning";
    const out: Diagnostic[] = [];
    const cell = (doc: Doc<unknown>, path: Array<string | number>, column: string, what: string) =>
      out.push(
        at(doc, path, {
          code: "blank/empty-cell",
          severity,
          message: `${what} has no ${column}; its cell in the table shows a visible blank.`,
          hint: "Write the fact, or null if it is not known yet.",
        }),
      );
    const unwritten = (v: unknown) => v === undefined || (Array.isArray(v) && !v.length);
    if (plan.manifest && placesBlock(plan, "stages"))
      plan.manifest.data.stages.forEach((s, i) => {
        if (missing(s.theme))
          cell(plan.manifest!, ["stages", i], "theme (Tema)", `The stage \`${s.id}\``);
      });
    const elements = placesBlock(plan, "dimensions");
    for (const doc of elements ? plan.dimensions : [])
      doc.data.elements.forEach((e, i) => {
        if (missing(e.description))
          cell(doc, ["elements", i], "description (Uraian)", `The element \`${e.id}\``);
      });
    const pillars = Boolean(plan.rpjpd?.data.digital_pillars?.length);
    const rpjmd = Boolean(plan.rpjpd?.data.rpjmd);
    const traced = placesBlock(plan, "traceability");
    const built = placesBlock(plan, "infrastructure");
    for (const doc of plan.programs) {
      const p = doc.data;
      if (built && p.infrastructure && missing(p.output))
        cell(doc, ["infrastructure"], "output (Keluaran)", "This infrastructure program");
      if (traced && pillars && unwritten(p.digital_pillars))
        cell(
          doc,
          p.digital_pillars ? ["digital_pillars"] : ["id"],
          "pillar (Pilar)",
          "This program",
        );
      if (traced && rpjmd && unwritten(p.rpjmd))
        cell(doc, p.rpjmd ? ["rpjmd"] : ["id"], "RPJMD focus area", "This program");
    }
    return out;
  },
};
