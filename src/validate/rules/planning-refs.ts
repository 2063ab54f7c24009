import { capital } from "../../text/capital.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../did-you-mean.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** Program links to RPJPD goals, RPJMD focus areas and digital pillars name entries of rpjpd.yaml. */
export const planningRefs: Rule = {
  id: "planning-refs",
  check(plan) {
    if (!plan.rpjpd) return [];
    const rpjpd = plan.rpjpd;
    const r = rpjpd.data;
    const missions = new Set(r.missions.map((m) => m.id));
    const lists = {
      rpjpd: {
        ids: new Set(r.goals.map((g) => g.id)),
        code: "ref/unknown-rpjpd-goal",
        what: "planning.rpjpd-goal",
      },
      rpjmd: {
        ids: new Set((r.rpjmd?.focus_areas ?? []).map((f) => f.id)),
        code: "ref/unknown-rpjmd-focus",
        what: "planning.rpjmd-focus",
      },
      digital_pillars: {
        ids: new Set((r.digital_pillars ?? []).map((p) => p.id)),
        code: "ref/unknown-digital-pillar",
        what: "planning.digital-pillar",
      },
    } as const;
    const out: Diagnostic[] = [];
    r.goals.forEach((g, i) => {
      if (!missions.has(g.mission))
        out.push(
          at(rpjpd, ["goals", i, "mission"], {
            code: "ref/unknown-rpjpd-mission",
            message: t("planning.unknown-mission", { id: g.mission }),
            hint: didYouMean(g.mission, missions),
          }),
        );
    });
    for (const doc of plan.programs) {
      for (const key of ["rpjpd", "rpjmd", "digital_pillars"] as const) {
        const { ids, code, what } = lists[key];
        (doc.data[key] ?? []).forEach((id, i) => {
          if (!ids.has(id))
            out.push(
              at(doc, [key, i], {
                code,
                message: capital(t("planning.unknown", { what: t(what), id })),
                hint:
                  didYouMean(id, ids) ??
                  t("planning.listed", { ids: [...ids].join(", ") || t("planning.none") }),
              }),
            );
        });
      }
    }
    return out;
  },
};
