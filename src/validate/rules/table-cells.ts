import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { placesBlock, type Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

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
          message: t("cell.empty", { what, column }),
          hint: t("cell.empty-hint"),
        }),
      );
    const unwritten = (v: unknown) => v === undefined || (Array.isArray(v) && !v.length);
    if (plan.manifest && placesBlock(plan, "stages"))
      plan.manifest.data.stages.forEach((s, i) => {
        if (missing(s.theme))
          cell(plan.manifest!, ["stages", i], t("cell.theme"), t("cell.the-stage", { id: s.id }));
      });
    const elements = placesBlock(plan, "dimensions");
    for (const doc of elements ? plan.dimensions : [])
      doc.data.elements.forEach((e, i) => {
        if (missing(e.description))
          cell(doc, ["elements", i], t("cell.description"), t("cell.the-element", { id: e.id }));
      });
    const pillars = Boolean(plan.rpjpd?.data.digital_pillars?.length);
    const rpjmd = Boolean(plan.rpjpd?.data.rpjmd);
    const traced = placesBlock(plan, "traceability");
    const built = placesBlock(plan, "infrastructure");
    for (const doc of plan.programs) {
      const p = doc.data;
      if (built && p.infrastructure && missing(p.output))
        cell(doc, ["infrastructure"], t("cell.output"), t("cell.infrastructure-program"));
      if (traced && pillars && unwritten(p.digital_pillars))
        cell(
          doc,
          p.digital_pillars ? ["digital_pillars"] : ["id"],
          t("cell.pillar"),
          t("cell.this-program"),
        );
      if (traced && rpjmd && unwritten(p.rpjmd))
        cell(doc, p.rpjmd ? ["rpjmd"] : ["id"], t("cell.rpjmd"), t("cell.this-program"));
    }
    return out;
  },
};
