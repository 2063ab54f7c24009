import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../did-you-mean.js";
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
