import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import { didYouMean } from "../did-you-mean.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { UNASSIGNED } from "../unassigned.js";

/** Every agency named by a program, a dimension, the manifest or rpjpd.yaml is in agencies.yaml. */
export const agencyRefs: Rule = {
  id: "agency-refs",
  check(plan) {
    if (!plan.agencies) return [];
    const known = new Set(plan.agencies.data.agencies.map((a) => a.id));
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
          message: `The agency \`${id}\` is not in agencies.yaml.`,
          hint: didYouMean(id, known) ?? "Add it to agencies.yaml or use an id listed there.",
        }),
      );
    };
    for (const doc of plan.programs) {
      check(doc, ["lead_agency"], doc.data.lead_agency, true);
      doc.data.supporting_agencies.forEach((id, i) => check(doc, ["supporting_agencies", i], id));
      (doc.data.risks ?? []).forEach((r, i) => check(doc, ["risks", i, "owner"], r.owner, true));
    }
    for (const doc of plan.dimensions) check(doc, ["coordinator"], doc.data.coordinator, true);
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
