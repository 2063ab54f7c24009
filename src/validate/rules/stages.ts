import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../did-you-mean.js";
import type { PartialSources } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";

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
          message: `The horizon starts in ${m.horizon.start}, after it ends in ${m.horizon.end}.`,
        }),
      );
    let expected = m.horizon.start;
    m.stages.forEach((s, i) => {
      if (s.start > s.end)
        out.push(
          at(manifest, ["stages", i, "start"], {
            code: "years/start-after-end",
            message: `The stage \`${s.id}\` starts in ${s.start}, after it ends in ${s.end}.`,
          }),
        );
      else if (s.start !== expected)
        out.push(
          at(manifest, ["stages", i, "start"], {
            code: "stage/gap-or-overlap",
            message: `The stage \`${s.id}\` starts in ${s.start}, but the one before it leaves off at ${expected - 1}.`,
            hint: `Stages follow one another: start it in ${expected}.`,
          }),
        );
      expected = s.end + 1;
    });
    if (expected - 1 !== m.horizon.end)
      out.push(
        at(manifest, ["stages", m.stages.length - 1, "end"], {
          code: "stage/gap-or-overlap",
          message: `The last stage ends in ${expected - 1}, but the horizon ends in ${m.horizon.end}.`,
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
                message: `The stage \`${key}\` is not one of the stages in masterplan.yaml.`,
                hint: didYouMean(key, ids) ?? `Stages: ${ids.join(", ")}.`,
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
  const hint = `The RPJPD runs ${start}–${end}; say in the plan's text how the years outside it are directed.`;
  const out: Diagnostic[] = [];
  const h = manifest.data.horizon;
  if (outside(h))
    out.push(
      at(manifest, ["horizon"], {
        code: "stage/outside-rpjpd",
        severity: "warning",
        key: true,
        message: `The horizon ${h.start}–${h.end} lies partly outside the RPJPD period ${start}–${end}.`,
        hint,
      }),
    );
  manifest.data.stages.forEach((s, i) => {
    if (outside(s))
      out.push(
        at(manifest, ["stages", i], {
          code: "stage/outside-rpjpd",
          severity: "warning",
          message: `The stage \`${s.id}\` (${s.start}–${s.end}) lies partly outside the RPJPD period ${start}–${end}.`,
          hint,
        }),
      );
  });
  return out;
}
