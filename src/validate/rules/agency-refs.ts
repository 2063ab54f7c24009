import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import { didYouMean } from "../did-you-mean.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { UNASSIGNED } from "../unassigned.js";
import { t } from "../../i18n/language.js";

/** Every agency named by a program, a dimension, the manifest or rpjpd.yaml is in agencies.yaml. */
export const agencyRefs: Rule = {
  id: "agency-refs",
  check(plan) {
    if (!plan.agencies) return [];
    const agencies = plan.agencies.data.agencies;
    const known = new Set(agencies.map((a) => a.id));
    const byName = agencyNames(agencies);
    const out: Diagnostic[] = [];
    const check = (
      doc: Doc<unknown>,
      path: PathSegment[],
      id: string | null | undefined,
      designated = false,
    ) => {
      if (id === null || id === undefined || known.has(id)) return;
      // Where one agency is designated, the plan may say that nobody is yet.
      if (designated && id === UNASSIGNED) return;
      out.push(
        at(doc, path, {
          code: "ref/unknown-agency",
          message: t("agency.unknown", { id }),
          hint: nameHint(id, byName) ?? didYouMean(id, known) ?? t("agency.unknown-hint"),
        }),
      );
    };
    // A name written where an id belongs fails the id pattern; say which id it names.
    const refusedName = (doc: Doc<unknown>, path: PathSegment[]) => {
      if (!(doc.refused ?? []).some((r) => r.join("/") === path.join("/"))) return;
      const written = valueAt(doc.source.data, path);
      const id = typeof written === "string" ? byName.get(normalize(written)) : undefined;
      if (id)
        out.push(
          at(doc, path, {
            code: "ref/agency-by-name",
            message: t("agency.by-name", { written: String(written) }),
            hint: t("agency.write-id", { id }),
          }),
        );
    };
    for (const doc of plan.programs) {
      refusedName(doc, ["lead_agency"]);
      (doc.data.risks ?? []).forEach((_, i) => refusedName(doc, ["risks", i, "owner"]));
      check(doc, ["lead_agency"], doc.data.lead_agency, true);
      doc.data.supporting_agencies.forEach((id, i) => check(doc, ["supporting_agencies", i], id));
      (doc.data.risks ?? []).forEach((r, i) => check(doc, ["risks", i, "owner"], r.owner, true));
    }
    for (const doc of plan.dimensions) {
      refusedName(doc, ["coordinator"]);
      check(doc, ["coordinator"], doc.data.coordinator, true);
    }
    if (plan.manifest)
      check(
        plan.manifest,
        ["governance", "coordinator"],
        plan.manifest.data.governance?.coordinator,
        true,
      );
    if (plan.rpjpd)
      check(plan.rpjpd, ["document", "planning_agency"], plan.rpjpd.data.document.planning_agency);
    return out;
  },
};

/** "Dinas Perhubungan", "dinas-perhubungan" and "DISHUB" alike: letters and digits only. */
function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** Each agency's id by its name and its abbreviation, normalised. */
function agencyNames(
  agencies: ReadonlyArray<{ id: string; name: string; abbreviation: string | null }>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of agencies)
    for (const n of [a.name, a.abbreviation]) if (n) out.set(normalize(n), a.id);
  return out;
}

function nameHint(id: string, byName: ReadonlyMap<string, string>): string | undefined {
  const match = byName.get(normalize(id));
  return match ? t("agency.reads-as-name", { id, match }) : undefined;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const s of path) node = (node as Record<string, unknown> | null | undefined)?.[s as string];
  return node;
}
