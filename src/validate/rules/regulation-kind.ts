import { regionWords } from "../../text/region-words.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

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
        message: t("legal.regulation-kind", {
          kind: m.data.region.kind,
          regulation: words.headRegulation,
          given: m.data.legal.regulation,
        }),
        hint: t("legal.regulation-kind-hint", { id: words.headRegulationId }),
      }),
    ];
  },
};
