import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { locate, type PathSegment } from "../../load/source-file.js";
import type { Doc } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { t, type MessageKey } from "../../i18n/language.js";

interface Occurrence {
  doc: Doc<unknown>;
  path: PathSegment[];
}

/** Ids must be unique within their kind: programs, agencies, chapters, stages, missions, goals, elements. */
export const uniqueIds: Rule = {
  id: "unique-ids",
  check(plan) {
    const groups: Array<[string, Array<[string, Occurrence]>]> = [
      ["program", plan.programs.map((d) => [d.data.id, { doc: d, path: ["id"] }])],
      ["chapter", plan.chapters.map((d) => [d.data.id, { doc: d, path: ["id"] }])],
      ["dimension", plan.dimensions.map((d) => [d.data.id, { doc: d, path: ["id"] }])],
      [
        "chapter order",
        plan.chapters.map((d) => [String(d.data.order), { doc: d, path: ["order"] }]),
      ],
    ];
    const { agencies, manifest, rpjpd } = plan;
    if (agencies)
      groups.push([
        "agency",
        agencies.data.agencies.map((a, i) => [
          a.id,
          { doc: agencies, path: ["agencies", i, "id"] },
        ]),
      ]);
    if (manifest)
      groups.push([
        "stage",
        manifest.data.stages.map((s, i) => [s.id, { doc: manifest, path: ["stages", i, "id"] }]),
      ]);
    if (rpjpd)
      groups.push(
        [
          "RPJPD mission",
          rpjpd.data.missions.map((m, i) => [m.id, { doc: rpjpd, path: ["missions", i, "id"] }]),
        ],
        [
          "RPJPD goal",
          rpjpd.data.goals.map((g, i) => [g.id, { doc: rpjpd, path: ["goals", i, "id"] }]),
        ],
      );
    for (const dim of plan.dimensions) {
      for (const list of ["elements", "goals", "indicators"] as const) {
        groups.push([
          `${list.slice(0, -1)} of ${dim.data.id}`,
          dim.data[list].map((x, i) => [x.id, { doc: dim, path: [list, i, "id"] }]),
        ]);
      }
    }
    const out: Diagnostic[] = [];
    for (const [kind, entries] of groups) {
      const first = new Map<string, Occurrence>();
      for (const [id, occ] of entries) {
        const earlier = first.get(id);
        if (!earlier) {
          first.set(id, occ);
          continue;
        }
        out.push(
          at(occ.doc, occ.path, {
            code: "id/duplicate",
            message: t("id.duplicate", { kind: kindWords(kind), id }),
            hint: t("id.duplicate-hint"),
            related: [
              { ...locate(earlier.doc.source, earlier.path), message: t("id.first-defined") },
            ],
          }),
        );
      }
    }
    return out;
  },
};

const KINDS: Record<string, MessageKey> = {
  program: "id.kind.program",
  chapter: "id.kind.chapter",
  dimension: "id.kind.dimension",
  "chapter order": "id.kind.chapter-order",
  agency: "id.kind.agency",
  stage: "id.kind.stage",
  "RPJPD mission": "id.kind.rpjpd-mission",
  "RPJPD goal": "id.kind.rpjpd-goal",
  element: "id.kind.element",
  goal: "id.kind.goal",
  indicator: "id.kind.indicator",
};

/** "element of governance" → "elemen dimensi governance". */
function kindWords(kind: string): string {
  const [own, dimension] = kind.split(" of ") as [string, string | undefined];
  const words = KINDS[own] ? t(KINDS[own]) : own;
  return dimension ? t("id.kind.of-dimension", { what: words, dimension }) : words;
}
