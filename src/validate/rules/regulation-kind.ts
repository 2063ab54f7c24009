import { regionWords } from "../../text/region-words.js";
import { at, type Rule } from "../rule.js";

/** A kabupaten's head issues a Peraturan Bupati, a kota's a Peraturan Wali Kota. */
export const regulationKind: Rule = {
  id: "regulation-kind",
  check(plan) {
    const m = plan.manifest;
    if (!m || m.data.legal.regulation === "perda") return [];
    const words = regionWords(m.data.region.kind);
    if (m.data.legal.regulation === words.headRegulationId) return [];
    return [
      at(m, ["legal", "regulation"], {
        code: "legal/regulation-kind",
        message: `A ${m.data.region.kind} issues a ${words.headRegulation}, not \`${m.data.legal.regulation}\`.`,
        hint: `Set \`regulation: ${words.headRegulationId}\`, or \`perda\` for a Peraturan Daerah.`,
      }),
    ];
  },
};
