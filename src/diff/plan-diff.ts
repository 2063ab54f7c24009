import path from "node:path";
import { addAmounts, budgetLines, sameAmount, type Amount } from "../budget/amount.js";
import type { Baseline, DocumentModel, ProgramModel, StageModel } from "../model/document-model.js";
import { word, type Locale } from "../model/locale.js";
import type { Doc, PartialSources } from "../validate/plan-sources.js";
import { deepChanges, sameValue, type FieldChange } from "./deep-changes.js";
import { PROGRAM_FIELDS, type FieldValue } from "./program-fields.js";

export type { FieldChange } from "./deep-changes.js";
export type { FieldValue } from "./program-fields.js";

/** Years a program runs, with the names of the stages they fall in. */
export interface Span {
  start: number | null;
  end: number | null;
  stages: string[];
}

/** A program as the change report names it. */
export interface ProgramSummary {
  id: string;
  /** Null while the program has no name yet. */
  name: string | null;
  dimension: string;
  /** The element's name; null while the program names none. */
  element: string | null;
  quickWin: boolean;
  start: number | null;
  end: number | null;
  stages: string[];
  /** Null when the budget is not known at all. */
  budget: Amount | null;
}

/** A budget line by year and source; a side without the line has no key. */
export interface BudgetLineChange {
  year: number;
  /** null: the source is not known yet. */
  source: string | null;
  /** The source as the document names it ("APBD"). */
  sourceName: string;
  before?: number | null;
  after?: number | null;
}

/** An indicator target by year (or stage); a side without the target has no key. */
export interface TargetChange {
  indicator: string;
  key: string;
  before?: number | null;
  after?: number | null;
}

export type IndicatorChange =
  | { indicator: string; change: "added" }
  | { indicator: string; change: "removed" }
  | { indicator: string; change: "unit"; before: string | null; after: string | null }
  | { indicator: string; change: "baseline"; before: Baseline | null; after: Baseline | null };

/** A program field that changed, its values resolved; a side without the field has no key. */
export interface ProgramFieldChange {
  field: string;
  before?: FieldValue;
  after?: FieldValue;
  /** The plan's own text, quoted where it is reported (not a name, not a word for a code). */
  text?: true;
  /** Long text: reported as rewritten rather than quoted. */
  long?: true;
}

export interface ProgramChange {
  id: string;
  /** The name after the change; null while the program has no name yet. */
  name: string | null;
  dimension: string;
  moved: {
    from: { dimension: string; element: string | null };
    to: { dimension: string; element: string | null };
  } | null;
  years: { before: Span; after: Span } | null;
  quickWin: { before: boolean; after: boolean } | null;
  budget: { before: Amount | null; after: Amount | null; lines: BudgetLineChange[] } | null;
  targets: TargetChange[];
  /** Indicators added or removed, and changes of their units and baselines. */
  indicators: IndicatorChange[];
  fields: ProgramFieldChange[];
}

export interface SumChange<K> {
  key: K;
  label: string;
  before: Amount | null;
  after: Amount | null;
}

/** What part of the plan a file holds, for a reader who does not know its file names. */
export type Part =
  | {
      kind: "manifest" | "agencies" | "rpjpd" | "glossary" | "readiness" | "swot" | "regulation";
    }
  | { kind: "dimension" | "chapter"; name: string };

/**
 * The one list of changes between two versions of a plan, keyed by ids rather than lines, with
 * names, amounts and stages already resolved: read by the report (text, markdown, JSON) and by
 * the "Daftar Perubahan" annex alike.
 */
export interface PlanDiff {
  version: 1;
  base: string;
  head: string;
  summary: {
    added: number;
    removed: number;
    moved: number;
    changed: number;
    budget: { before: Amount | null; after: Amount | null };
  };
  programs: { added: ProgramSummary[]; removed: ProgramSummary[]; changed: ProgramChange[] };
  /** Budget totals that changed, per dimension and per year. */
  budget: { byDimension: Array<SumChange<string>>; byYear: Array<SumChange<number | null>> };
  /** Changes in the other files (manifest, dimensions, agencies...), by file. */
  files: Array<{ file: string; part: Part; changes: FieldChange[] }>;
}

/** One side of a comparison: the plan modelled (its programs resolved), and its files. */
export interface DiffSide {
  model: DocumentModel;
  sources: PartialSources;
}

/**
 * Compares two modelled plans whose every file was read (a file left out would show as removed
 * or changed). Pure: labels name the sides ("HEAD~1", "working tree").
 */
export function diffPlans(
  base: DiffSide,
  head: DiffSide,
  labels: { base: string; head: string },
  locale: Locale,
): PlanDiff {
  const before = new Map(base.model.programs.map((p) => [p.id, p]));
  const after = new Map(head.model.programs.map((p) => [p.id, p]));
  const added = head.model.programs
    .filter((p) => !before.has(p.id))
    .map((p) => summary(p, head.model.stages));
  const removed = base.model.programs
    .filter((p) => !after.has(p.id))
    .map((p) => summary(p, base.model.stages));
  const changed: ProgramChange[] = [];
  for (const b of base.model.programs) {
    const a = after.get(b.id);
    const change = a && programChange(b, a, base.model.stages, head.model.stages, locale);
    if (change) changed.push(change);
  }
  // Dimensions by the names they have after the change.
  const dimension = new Map(
    [...base.model.programs, ...head.model.programs].map((p) => [p.dimensionId, p.dimensionName]),
  );
  return {
    version: 1,
    base: labels.base,
    head: labels.head,
    summary: {
      added: added.length,
      removed: removed.length,
      moved: changed.filter((c) => c.moved).length,
      changed: changed.length,
      budget: { before: total(base.model.programs), after: total(head.model.programs) },
    },
    programs: { added, removed, changed },
    budget: {
      byDimension: changedSums(
        sums(base.model.programs, (p) => p.dimensionId),
        sums(head.model.programs, (p) => p.dimensionId),
        (id) => dimension.get(id) ?? id,
      ),
      byYear: changedSums(
        sums(base.model.programs, (_, year) => year),
        sums(head.model.programs, (_, year) => year),
        (year) => (year === null ? "?" : String(year)),
      ).sort((x, y) => (x.key ?? Infinity) - (y.key ?? Infinity)),
    },
    files: otherFiles(base.sources, head.sources),
  };
}

/** Whether a report holds any change at all. */
export function hasChanges(diff: PlanDiff): boolean {
  return (
    diff.programs.added.length + diff.programs.removed.length + diff.programs.changed.length > 0 ||
    diff.files.length > 0
  );
}

function summary(p: ProgramModel, stages: readonly StageModel[]): ProgramSummary {
  return {
    id: p.id,
    name: p.unnamed ? null : p.name,
    dimension: p.dimensionName,
    element: p.elementId === null ? null : p.elementName,
    quickWin: p.quickWin,
    start: p.start,
    end: p.end,
    stages: stagesOf(p, stages),
    budget: p.budgetTotal,
  };
}

function total(programs: readonly ProgramModel[]): Amount | null {
  return programs.reduce<Amount | null>(
    (sum, p) => budgetLines(p).reduce((s, l) => addAmounts(s, l.amount), sum),
    null,
  );
}

/** Budget sums by a key of each line: its program's dimension, or its year. */
function sums<K>(
  programs: readonly ProgramModel[],
  keyOf: (p: ProgramModel, year: number | null) => K,
): Map<K, Amount | null> {
  const out = new Map<K, Amount | null>();
  for (const p of programs)
    for (const line of budgetLines(p)) {
      const key = keyOf(p, line.year);
      out.set(key, addAmounts(out.get(key) ?? null, line.amount));
    }
  return out;
}

function changedSums<K>(
  before: Map<K, Amount | null>,
  after: Map<K, Amount | null>,
  label: (key: K) => string,
): Array<SumChange<K>> {
  return [...new Set([...before.keys(), ...after.keys()])]
    .map((key) => ({
      key,
      label: label(key),
      before: before.get(key) ?? null,
      after: after.get(key) ?? null,
    }))
    .filter((c) => !sameAmount(c.before, c.after));
}

function stagesOf(
  p: { start: number | null; end: number | null },
  stages: readonly StageModel[],
): string[] {
  const { start, end } = p;
  if (start === null || end === null) return [];
  return stages.filter((s) => s.end >= start && s.start <= end).map((s) => s.name);
}

function programChange(
  b: ProgramModel,
  a: ProgramModel,
  stagesBefore: readonly StageModel[],
  stagesAfter: readonly StageModel[],
  locale: Locale,
): ProgramChange | null {
  const element = (p: ProgramModel) => (p.elementId === null ? null : p.elementName);
  const moved =
    b.dimensionId !== a.dimensionId || b.elementId !== a.elementId
      ? {
          from: { dimension: b.dimensionName, element: element(b) },
          to: { dimension: a.dimensionName, element: element(a) },
        }
      : null;
  const years =
    b.start !== a.start || b.end !== a.end
      ? {
          before: { start: b.start, end: b.end, stages: stagesOf(b, stagesBefore) },
          after: { start: a.start, end: a.end, stages: stagesOf(a, stagesAfter) },
        }
      : null;
  const quickWin = b.quickWin !== a.quickWin ? { before: b.quickWin, after: a.quickWin } : null;
  const lines = budgetChanges(b.budget, a.budget, locale);
  const budget =
    lines.length || (b.budget === null) !== (a.budget === null)
      ? { before: b.budgetTotal, after: a.budgetTotal, lines }
      : null;
  const { targets, indicators } = indicatorChanges(b, a);
  const fields = fieldChanges(b, a, locale);
  const nothing = !targets.length && !indicators.length && !fields.length;
  if (!moved && !years && !quickWin && !budget && nothing) return null;
  return {
    id: a.id,
    name: a.unnamed ? null : a.name,
    dimension: a.dimensionName,
    moved,
    years,
    quickWin,
    budget,
    targets,
    indicators,
    fields,
  };
}

function fieldChanges(b: ProgramModel, a: ProgramModel, locale: Locale): ProgramFieldChange[] {
  const out: ProgramFieldChange[] = [];
  for (const f of PROGRAM_FIELDS) {
    const x = f.value(b, locale);
    const y = f.value(a, locale);
    if (sameValue(x, y)) continue;
    out.push({
      field: f.key,
      ...(x === undefined ? {} : { before: x }),
      ...(y === undefined ? {} : { after: y }),
      ...(f.text ? { text: true as const } : {}),
      ...(f.long ? { long: true as const } : {}),
    });
  }
  return out;
}

type Line = NonNullable<ProgramModel["budget"]>[number];

function budgetChanges(
  before: readonly Line[] | null,
  after: readonly Line[] | null,
  locale: Locale,
): BudgetLineChange[] {
  const key = (l: Line) => `${l.year}/${l.source ?? ""}`;
  const b = new Map((before ?? []).map((l) => [key(l), l]));
  const a = new Map((after ?? []).map((l) => [key(l), l]));
  const out: BudgetLineChange[] = [];
  for (const k of [...new Set([...b.keys(), ...a.keys()])]) {
    const x = b.get(k);
    const y = a.get(k);
    if (x && y && x.amount === y.amount) continue;
    const line = (x ?? y)!;
    out.push({
      year: line.year,
      source: line.source,
      sourceName: word(locale.sources, line.source ?? "unknown"),
      ...(x ? { before: x.amount } : {}),
      ...(y ? { after: y.amount } : {}),
    });
  }
  return out.sort((p, q) => p.year - q.year || (p.source ?? "~").localeCompare(q.source ?? "~"));
}

/** An indicator's targets by year, as the model holds them: a value, or null for a blank. */
function targetsOf(p: ProgramModel, i: number): Map<string, number | null> {
  const row = p.indicators[i]!;
  const out = new Map<string, number | null>();
  p.indicatorYears.forEach((year, j) => {
    const cell = row.targets[j];
    if (cell) out.set(String(year), cell.value);
  });
  return out;
}

function indicatorChanges(
  b: ProgramModel,
  a: ProgramModel,
): { targets: TargetChange[]; indicators: IndicatorChange[] } {
  const index = (p: ProgramModel) => new Map(p.indicators.map((row, i) => [row.name, i]));
  const bi = index(b);
  const ai = index(a);
  const targets: TargetChange[] = [];
  const indicators: IndicatorChange[] = [];
  for (const name of [...new Set([...bi.keys(), ...ai.keys()])]) {
    const i = bi.get(name);
    const j = ai.get(name);
    if (i === undefined || j === undefined) {
      indicators.push(
        i === undefined
          ? { indicator: name, change: "added" }
          : { indicator: name, change: "removed" },
      );
      continue;
    }
    const x = targetsOf(b, i);
    const y = targetsOf(a, j);
    for (const k of [...new Set([...x.keys(), ...y.keys()])]) {
      if (x.has(k) && y.has(k) && x.get(k) === y.get(k)) continue;
      targets.push({
        indicator: name,
        key: k,
        ...(x.has(k) ? { before: x.get(k)! } : {}),
        ...(y.has(k) ? { after: y.get(k)! } : {}),
      });
    }
    const [x0, y0] = [b.indicators[i]!, a.indicators[j]!];
    if (x0.unit !== y0.unit)
      indicators.push({ indicator: name, change: "unit", before: x0.unit, after: y0.unit });
    if (!sameValue(x0.baseline, y0.baseline))
      indicators.push({
        indicator: name,
        change: "baseline",
        before: x0.baseline,
        after: y0.baseline,
      });
  }
  return { targets, indicators };
}

/** The changes in every file other than the programs, matched by file. */
function otherFiles(base: PartialSources, head: PartialSources): PlanDiff["files"] {
  const docs = (plan: PartialSources) => {
    const out = new Map<string, { part: Part; data: unknown }>();
    const add = (d: Doc<unknown> | null, part: Part) => {
      if (d) out.set(rel(plan.root, d.source.path), { part, data: d.data });
    };
    for (const kind of [
      "manifest",
      "agencies",
      "rpjpd",
      "glossary",
      "readiness",
      "swot",
      "regulation",
    ] as const)
      add(plan[kind], { kind });
    for (const d of plan.dimensions) add(d, { kind: "dimension", name: d.data.name });
    for (const c of plan.chapters) add(c, { kind: "chapter", name: c.data.title });
    return out;
  };
  const b = docs(base);
  const a = docs(head);
  const out: PlanDiff["files"] = [];
  for (const file of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const changes = deepChanges(b.get(file)?.data, a.get(file)?.data, "");
    if (changes.length) out.push({ file, part: (a.get(file) ?? b.get(file))!.part, changes });
  }
  return out;
}

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}
