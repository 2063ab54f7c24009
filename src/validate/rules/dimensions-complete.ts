import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";

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
    const present = new Set(plan.dimensions.map((d) => d.data.id));
    const out: Diagnostic[] = [];
    for (const id of DIMENSION_IDS) {
      if (!present.has(id))
        out.push(
          at(plan.manifest, [], {
            code: "dimension/missing",
            message: `The plan has no file for the dimension \`${id}\`.`,
            hint: `Add dimensions/${id}.yaml.`,
          }),
        );
    }
    return out;
  },
};
