import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../did-you-mean.js";
import type { PartialSources } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** The horizon runs forward; stages follow one another inside it; indicator targets name stages. */
export const stages: Rule = {
  id: "stages",
  check(plan) {
    if (!plan.manifest) return [];
    const manifest = plan.manifest;
    const m = manifest.data;
    const out: Diagnostic[] = [];
    if (m.horizon.start > m.horizon.end)
      out.push(
        at(manifest, ["horizon", "start"], {
          code: "years/start-after-end",
          message: t("stages.horizon-reversed", { start: m.horizon.start, end: m.horizon.end }),
        }),
      );
    let expected = m.horizon.start;
    m.stages.forEach((s, i) => {
      if (s.start > s.end)
        out.push(
          at(manifest, ["stages", i, "start"], {
            code: "years/start-after-end",
            message: t("stages.stage-reversed", { id: s.id, start: s.start, end: s.end }),
          }),
        );
      else if (s.start !== expected)
        out.push(
          at(manifest, ["stages", i, "start"], {
            code: "stage/gap-or-overlap",
            message: t("stages.gap", { id: s.id, start: s.start, before: expected - 1 }),
            hint: t("stages.gap-hint", { expected }),
          }),
        );
      expected = s.end + 1;
    });
    if (expected - 1 !== m.horizon.end)
      out.push(
        at(manifest, ["stages", m.stages.length - 1, "end"], {
          code: "stage/gap-or-overlap",
          message: t("stages.last-end", { last: expected - 1, end: m.horizon.end }),
        }),
      );
    out.push(...outsideRpjpd(plan));
    const ids = m.stages.map((s) => s.id);
    for (const doc of plan.dimensions)
      doc.data.indicators.forEach((ind, i) => {
        for (const key of Object.keys(ind.targets))
          if (!ids.includes(key))
            out.push(
              at(doc, ["indicators", i, "targets", key], {
                code: "ref/unknown-stage",
                key: true,
                message: t("stages.unknown", { key }),
                hint: didYouMean(key, ids) ?? t("stages.list", { ids: ids.join(", ") }),
              }),
            );
      });
    return out;
  },
};

/**
 * The masterplan's horizon and stages are its own, but a horizon or stage outside the RPJPD's
 * period has no RPJPD direction to follow: worth a warning, since the document cites the RPJPD.
 */
function outsideRpjpd(plan: PartialSources): Diagnostic[] {
  const period = plan.rpjpd?.data.document.period;
  if (!plan.manifest || !period) return [];
  const manifest = plan.manifest;
  const { start, end } = period;
  const outside = (y: { start: number; end: number }) => y.start < start || y.end > end;
  const hint = t("stages.outside-rpjpd-hint", { start, end });
  const out: Diagnostic[] = [];
  const h = manifest.data.horizon;
  if (outside(h))
    out.push(
      at(manifest, ["horizon"], {
        code: "stage/outside-rpjpd",
        severity: "warning",
        key: true,
        message: t("stages.horizon-outside-rpjpd", { hs: h.start, he: h.end, start, end }),
        hint,
      }),
    );
  manifest.data.stages.forEach((s, i) => {
    if (outside(s))
      out.push(
        at(manifest, ["stages", i], {
          code: "stage/outside-rpjpd",
          severity: "warning",
          message: t("stages.stage-outside-rpjpd", {
            id: s.id,
            ss: s.start,
            se: s.end,
            start,
            end,
          }),
          hint,
        }),
      );
  });
  return out;
}
