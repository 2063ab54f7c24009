import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../did-you-mean.js";
import { allChecked, at, type Rule } from "../rule.js";
import { t, type MessageKey } from "../../i18n/language.js";

const LISTS = {
  S: "strengths",
  W: "weaknesses",
  O: "opportunities",
  T: "threats",
} as const;

/**
 * A strategy combines the factors its kind names (an SO strategy a strength and an
 * opportunity, and so on), each factor id is defined once, and every program it names exists.
 * A strategy no program carries out is named too: the SWOT then yields nothing to do.
 */
export const swot: Rule = {
  id: "swot",
  check(plan) {
    const doc = plan.swot;
    if (!doc) return [];
    const out: Diagnostic[] = [];
    const kindOf = new Map<string, keyof typeof LISTS>();
    for (const [letter, list] of Object.entries(LISTS) as Array<[keyof typeof LISTS, string]>)
      (doc.data[list as "strengths"] ?? []).forEach((f, i) => {
        if (kindOf.has(f.id))
          out.push(
            at(doc, [list, i, "id"], {
              code: "swot/duplicate-factor",
              message: t("swot.duplicate", { id: f.id }),
            }),
          );
        else kindOf.set(f.id, letter);
      });
    const programs = new Set(plan.programs.map((p) => p.data.id));
    const judgePrograms = allChecked(plan, "program");
    doc.data.strategies.forEach((s, i) => {
      s.factors.forEach((id, j) => {
        const kind = kindOf.get(id);
        if (kind === undefined)
          out.push(
            at(doc, ["strategies", i, "factors", j], {
              code: "swot/unknown-factor",
              message: t("swot.unknown", { id }),
              hint: didYouMean(id, kindOf.keys()) ?? undefined,
            }),
          );
        else if (!s.kind.includes(kind))
          out.push(
            at(doc, ["strategies", i, "factors", j], {
              code: "swot/factor-kind",
              message: t("swot.kind", {
                kind: s.kind,
                a: t(`swot.${LISTS[s.kind[0] as "S"]}` as MessageKey),
                b: t(`swot.${LISTS[s.kind[1] as "O"]}` as MessageKey),
                id,
                is: t(`swot.${LISTS[kind]}` as MessageKey),
              }),
            }),
          );
      });
      if (!judgePrograms) return;
      s.programs.forEach((id, j) => {
        if (!programs.has(id))
          out.push(
            at(doc, ["strategies", i, "programs", j], {
              code: "ref/unknown-program",
              message: t("ref.no-program", { id }),
              hint: didYouMean(id, programs) ?? undefined,
            }),
          );
      });
      if (s.programs.length === 0)
        out.push(
          at(doc, ["strategies", i, "programs"], {
            code: "swot/no-program",
            severity: "warning",
            key: true,
            message: t("swot.no-program", { id: s.id }),
            hint: t("swot.no-program-hint"),
          }),
        );
    });
    return out;
  },
};
