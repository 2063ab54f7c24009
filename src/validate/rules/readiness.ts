import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";

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
            message: `The pillar \`${pillar.id}\` is scored twice.`,
            hint: "Keep one entry per pillar, with all its elements.",
          }),
        );
      seen.set(pillar.id, i);
      const elements = new Set<string>();
      pillar.elements.forEach((element, j) => {
        if (elements.has(element.id))
          out.push(
            at(doc, ["pillars", i, "elements", j, "id"], {
              code: "readiness/duplicate-element",
              message: `The element \`${element.id}\` appears twice in the pillar \`${pillar.id}\`.`,
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
          message: `The readiness analysis has no ${missing.map((m) => `\`${m}\``).join(", ")} pillar.`,
          hint: "Score Struktur, Infrastruktur and Suprastruktur; leave a score null where it is not known yet.",
        }),
      );
    return out;
  },
};
