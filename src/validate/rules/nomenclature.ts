import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/**
 * A program's SIPD codes are at the level of the plan's government: in Kepmendagri
 * 900.1.15.5-1317/2023 a kegiatan code carries 1 for a provinsi and 2 for a kabupaten or kota
 * (2.16.03.2.02), so a kabupaten's plan citing a provinsi's kegiatan has copied the wrong row.
 * The schema checks each code's form; a code listed twice is refused there too.
 */
export const nomenclature: Rule = {
  id: "nomenclature",
  check(plan) {
    const out: Diagnostic[] = [];
    if (!plan.manifest) return out;
    const kind = plan.manifest.data.region.kind;
    for (const doc of plan.programs)
      (doc.data.nomenclature ?? []).forEach((code, i) => {
        const level = code.split(".")[3];
        if (level === "1")
          out.push(
            at(doc, ["nomenclature", i], {
              code: "nomenclature/province-level",
              severity: "warning",
              message: t("nomenclature.province-level", { code, kind }),
              hint: t("nomenclature.province-level-hint", {
                kind,
                example: code.replace(/^(\w+\.\w+\.\d{2})\.1/, "$1.2"),
              }),
            }),
          );
      });
    return out;
  },
};
