import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ManifestInput } from "../types/generated/manifest.js";
import type { Doc } from "./plan-sources.js";
import { at } from "./rule.js";
import { t } from "../i18n/language.js";

/**
 * What a certified copy ("Salinan sesuai dengan aslinya", `build --salinan`) needs: an enacted
 * text, and the title, name, rank and NIP of who certifies it. A blank is an error here, in a
 * draft as in an enacted plan: a copy is certified by a named official or not at all.
 */
export function certifiedCopyProblems(manifest: Doc<ManifestInput>): Diagnostic[] {
  const legal = manifest.data.legal;
  const out: Diagnostic[] = [];
  if (legal.status !== "ditetapkan")
    out.push(
      at(manifest, ["legal", "status"], {
        code: "salinan/not-enacted",
        message: t("salinan.draft"),
        hint: t("salinan.draft-hint"),
      }),
    );
  const by = legal.certified_by;
  if (!by) {
    out.push(
      at(manifest, ["legal"], {
        code: "salinan/no-certifier",
        key: true,
        message: t("salinan.no-certifier"),
        hint: t("salinan.no-certifier-hint"),
      }),
    );
    return out;
  }
  for (const key of ["title", "name", "rank", "nip"] as const)
    if (by[key] === null)
      out.push(
        at(manifest, ["legal", "certified_by", key], {
          code: "salinan/blank",
          message: t("salinan.blank", { key }),
          hint: t("salinan.blank-hint"),
        }),
      );
  return out;
}
