import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ManifestInput } from "../types/generated/manifest.js";
import type { Doc } from "./plan-sources.js";
import { at } from "./rule.js";

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
        message: "A certified copy is of the enacted regulation, and this plan is a draft.",
        hint: "Build without --salinan, or set `legal.status: ditetapkan` once the regulation is enacted.",
      }),
    );
  const by = legal.certified_by;
  if (!by) {
    out.push(
      at(manifest, ["legal"], {
        code: "salinan/no-certifier",
        key: true,
        message: "A certified copy names who certifies it, and `legal.certified_by` is not given.",
        hint: "Add `certified_by` under `legal` with the title, name, rank and nip of the Kepala Bagian Hukum.",
      }),
    );
    return out;
  }
  for (const key of ["title", "name", "rank", "nip"] as const)
    if (by[key] === null)
      out.push(
        at(manifest, ["legal", "certified_by", key], {
          code: "salinan/blank",
          message: `\`legal.certified_by.${key}\` is left blank, and a certified copy prints it.`,
          hint: "Fill it in from the official's decree of appointment.",
        }),
      );
  return out;
}
