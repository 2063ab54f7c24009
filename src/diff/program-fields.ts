import type { AgencyRef, ProgramModel } from "../model/document-model.js";
import { word, type Locale } from "../model/locale.js";

/**
 * A field's value as the list of changes holds it, resolved as the document prints it: names
 * for ids, words for codes. Null is unknown (the document shows a blank); a field a program
 * does not have at all is absent from the change.
 */
export type FieldValue =
  null | string | number | boolean | string[] | { percent: number; asOf: string };

export interface ProgramField {
  /** The key in the program file, and of its label in the locale's `fields`. */
  key: string;
  value: (p: ProgramModel, locale: Locale) => FieldValue | undefined;
  /** The plan's own text (quoted where it is reported), not a name or a word for a code. */
  text?: true;
  /** Text long enough that a change is reported as rewritten, not quoted. */
  long?: true;
}

const agencyName = (a: AgencyRef, l: Locale) => (a.unassigned ? l.unassigned : a.name);
/** A value the document prints only when it is there: null is no value, not an unknown one. */
const optional = (v: string | null) => v ?? undefined;

/**
 * Every program field the comparison reports besides those with parts of their own (moves,
 * years, quick win, budget, indicators), in the order a reviewer asks about them. Adding a
 * field to the comparison is one entry here (and its label in the locale's `fields`).
 */
export const PROGRAM_FIELDS: readonly ProgramField[] = [
  { key: "name", value: (p) => (p.unnamed ? null : p.name), text: true },
  { key: "acronym", value: (p) => optional(p.acronym), text: true },
  { key: "description", value: (p) => p.description, long: true },
  { key: "objective", value: (p) => optional(p.objective), long: true },
  { key: "output", value: (p) => optional(p.output), text: true },
  { key: "outcome", value: (p) => optional(p.outcome), text: true },
  { key: "location", value: (p) => optional(p.location), text: true },
  { key: "lead_agency", value: (p, l) => (p.lead ? agencyName(p.lead, l) : null) },
  { key: "supporting_agencies", value: (p, l) => p.supporting.map((a) => agencyName(a, l)) },
  {
    key: "infrastructure",
    value: (p, l) =>
      p.infrastructure === null ? undefined : word(l.infrastructure, p.infrastructure),
  },
  { key: "rpjpd", value: (p) => p.rpjpdGoals.map((g) => g.label) },
  { key: "rpjmd", value: (p) => p.rpjmdFocus ?? undefined },
  { key: "digital_pillars", value: (p) => p.digitalPillars ?? undefined },
  { key: "depends_on", value: (p) => p.dependsOn.map((d) => d.name) },
  { key: "status", value: (p, l) => (p.status === null ? null : word(l.status, p.status)) },
  { key: "progress", value: (p) => p.progress },
  { key: "problem", value: (p) => optional(p.problem), long: true },
  { key: "target_12_months", value: (p) => optional(p.target12), text: true },
  { key: "milestones", value: (p) => p.milestones.map((m) => `${m.when}: ${m.what}`) },
  { key: "risks", value: (p) => p.risks.map((r) => r.risk) },
  { key: "proposed", value: (p) => p.proposed },
];
