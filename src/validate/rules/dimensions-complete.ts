import path from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { uncheckedIds, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** The six dimensions of the Kominfo framework, in canonical order. */
export const DIMENSION_IDS = [
  "governance",
  "branding",
  "economy",
  "living",
  "society",
  "environment",
] as const;

/** Every one of the six dimensions has its file. */
export const dimensionsComplete: Rule = {
  id: "dimensions-complete",
  check(plan) {
    const present = new Set([
      ...plan.dimensions.map((d) => d.data.id as string),
      ...uncheckedIds(plan, "dimension"),
    ]);
    const out: Diagnostic[] = [];
    for (const id of DIMENSION_IDS) {
      if (!present.has(id))
        out.push({
          file: path.join(plan.root, "masterplan.yaml"),
          line: 1,
          column: 1,
          code: "dimension/missing",
          severity: "error",
          message: t("dimension.missing", { id }),
          hint: t("dimension.missing-hint", { id }),
        });
    }
    return out;
  },
};
