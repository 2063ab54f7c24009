import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** The pillars every readiness analysis scores; alam and budaya are optional. */
const CORE = ["struktur", "infrastruktur", "suprastruktur"];

/**
 * A readiness analysis scores the three core pillars, each pillar once, and names each
 * element of a pillar once (the booklet and Bab II print one row per element).
 */
export const readiness: Rule = {
  id: "readiness",
  check(plan) {
    const doc = plan.readiness;
    if (!doc) return [];
    const out: Diagnostic[] = [];
    const seen = new Map<string, number>();
    doc.data.pillars.forEach((pillar, i) => {
      if (seen.has(pillar.id))
        out.push(
          at(doc, ["pillars", i, "id"], {
            code: "readiness/duplicate-pillar",
            message: t("readiness.pillar-twice", { id: pillar.id }),
            hint: t("readiness.pillar-twice-hint"),
          }),
        );
      seen.set(pillar.id, i);
      const elements = new Set<string>();
      pillar.elements.forEach((element, j) => {
        if (elements.has(element.id))
          out.push(
            at(doc, ["pillars", i, "elements", j, "id"], {
              code: "readiness/duplicate-element",
              message: t("readiness.element-twice", { id: element.id, pillar: pillar.id }),
            }),
          );
        elements.add(element.id);
      });
    });
    const missing = CORE.filter((id) => !seen.has(id));
    if (missing.length)
      out.push(
        at(doc, ["pillars"], {
          code: "readiness/missing-pillar",
          severity: "warning",
          key: true,
          message: t("readiness.missing-pillar", {
            missing: missing.map((m) => `\`${m}\``).join(", "),
          }),
          hint: t("readiness.missing-pillar-hint"),
        }),
      );
    return out;
  },
};
