import type { Diagnostic, Severity } from "../../diagnostics/diagnostic.js";
import type { PathSegment } from "../../load/source-file.js";
import { regionWords } from "../../text/region-words.js";
import type { Doc, PartialSources } from "../plan-sources.js";
import { at, type Rule } from "../rule.js";
import { UNASSIGNED } from "../unassigned.js";
import { t } from "../../i18n/language.js";
import type { FileKind } from "../../load/load-plan.js";
import { capital } from "../../text/capital.js";
import { fieldWords } from "../field-words.js";
import { schemaFor } from "../schema-check.js";

/** The keys whose agency the plan may say nobody has been designated for. */
const DESIGNATED = new Set(["coordinator", "lead_agency", "owner"]);

/**
 * Keys whose null means "none" rather than "not known yet": the document leaves their row or
 * line out instead of printing a blank, so they are not blanks to fill.
 */
const QUIET_KEYS = new Set([
  "acronym",
  "objective",
  "output",
  "outcome",
  "location",
  "infrastructure",
  "intro",
  "body",
  "note",
  "theme",
  "attachment",
  "about",
  "description",
  "planning_agency",
  "amended",
]);

/** Parts of regulation.yaml only a Perda prints: a Perbup or Perwal has no Penjelasan or NOREG. */
const PERDA_ONLY = new Set(["explanation", "supplement_number", "noreg"]);

/**
 * A baseline's year and source are the baseline rule's concern; its value is a blank here.
 * A program's own description is a fact to write, unlike the optional ones of other parts.
 */
function quiet(path: readonly PathSegment[], program: boolean): boolean {
  const key = path[path.length - 1];
  if (typeof key !== "string") return false;
  if (program && path.length === 1 && key === "description") return false;
  if (QUIET_KEYS.has(key)) return true;
  const parent = path[path.length - 2];
  return (
    (parent === "baseline" && (key === "year" || key === "source")) ||
    (parent === "facts" && key === "source")
  );
}

/** A value the schema refused is an error already, not a blank to fill. */
function refused(doc: Doc<unknown>, path: readonly PathSegment[]): boolean {
  return (doc.refused ?? []).some(
    (r) => r.length <= path.length && r.every((segment, i) => segment === path[i]),
  );
}

/** A program's years with neither year known: one blank, not two. */
function unknownYears(path: readonly PathSegment[], value: unknown): boolean {
  if (path.length !== 1 || path[0] !== "years" || typeof value !== "object" || !value) return false;
  const y = value as { start?: unknown; end?: unknown };
  return y.start === null && y.end === null;
}

/** The documents whose facts may be blank, each with its kind (for the field's words). */
function kindsOf(plan: PartialSources): Map<Doc<unknown>, FileKind> {
  const kinds = new Map<Doc<unknown>, FileKind>();
  const single: Array<[Doc<unknown> | null, FileKind]> = [
    [plan.manifest, "manifest"],
    [plan.agencies, "agencies"],
    [plan.rpjpd, "rpjpd"],
    [plan.readiness, "readiness"],
    [plan.regulation, "regulation"],
  ];
  for (const [doc, kind] of single) if (doc) kinds.set(doc, kind);
  for (const doc of plan.dimensions) kinds.set(doc, "dimension");
  for (const doc of plan.programs) kinds.set(doc, "program");
  return kinds;
}

/** What a blank means in this plan: a reminder in a draft, an error in an enacted text. */
function blankSeverity(plan: PartialSources): Severity {
  return plan.manifest?.data.legal.status === "ditetapkan" ? "error" : "warning";
}

/**
 * A fact left blank on purpose (`null`) is a warning in a draft, so nobody forgets to fill it,
 * and the document shows a visible blank. In an enacted plan it is an error. An agency that
 * nobody has been designated for yet (`belum-ditetapkan`) and an empty agency list get their
 * own codes.
 */
export const blankFacts: Rule = {
  id: "blank-facts",
  check(plan) {
    const severity = blankSeverity(plan);
    const enacted = severity === "error";
    const head = plan.manifest
      ? regionWords(plan.manifest.data.region.kind).head
      : t("blank.head-of-region");
    const kinds = kindsOf(plan);
    const docs = [...kinds.keys()];
    const programs = new Set<Doc<unknown>>(plan.programs);
    const out: Diagnostic[] = [];
    // One path stack for the whole walk, copied only when a blank is found.
    const path: PathSegment[] = [];
    const perda = plan.manifest?.data.legal.regulation === "perda";
    const report = (doc: Doc<unknown>): void => {
      if (quiet(path, programs.has(doc)) || refused(doc, path)) return;
      if (doc === plan.regulation && !perda && PERDA_ONLY.has(String(path[path.length - 1])))
        return;
      const where = [...path];
      out.push(
        at(doc, where, {
          code: "blank/left-blank",
          severity,
          message: () =>
            capital(
              t("blank.left-blank", {
                field: fieldWords(schemaFor(kinds.get(doc)!), doc.source.data, where),
              }),
            ),
          ...(enacted ? { hint: t("blank.enacted-hint") } : {}),
        }),
      );
    };
    // Nobody designated yet is a fact the document states, not a blank; still worth a reminder.
    const unassigned = (doc: Doc<unknown>) =>
      out.push(
        at(doc, [...path], {
          code: "blank/unassigned",
          severity: "warning",
          message: t("blank.unassigned"),
          hint: t("blank.unassigned-hint", { head }),
        }),
      );
    const walk = (doc: Doc<unknown>, value: unknown): void => {
      if (value === null || unknownYears(path, value)) report(doc);
      else if (value === UNASSIGNED && DESIGNATED.has(String(path[path.length - 1])))
        unassigned(doc);
      else if (Array.isArray(value))
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          walk(doc, value[i]);
          path.pop();
        }
      else if (typeof value === "object")
        for (const k in value) {
          path.push(k);
          walk(doc, (value as Record<string, unknown>)[k]);
          path.pop();
        }
    };
    for (const doc of docs) walk(doc, doc.data);
    if (plan.agencies && plan.agencies.data.agencies.length === 0)
      out.push(
        at(plan.agencies, ["agencies"], {
          code: "blank/no-agencies",
          severity,
          message: t("blank.no-agencies"),
          hint: enacted ? t("blank.enacted-hint") : t("blank.no-agencies-hint"),
        }),
      );
    return out;
  },
};
