import path from "node:path";
import { addAmounts, budgetLines, sameAmount, sumAmounts, type Amount } from "../budget/amount.js";
import type { ProgramInput } from "../types/generated/program.js";
import type { Doc, PartialSources } from "../validate/plan-sources.js";
import { deepChanges, sameValue, type FieldChange } from "./deep-changes.js";

export type { FieldChange } from "./deep-changes.js";

/** A program as the change report names it. */
export interface ProgramSummary {
  id: string;
  /** Null while the program has no name yet. */
  name: string | null;
  dimension: string;
  element: string | null;
  quickWin: boolean;
  start: number;
  end: number;
  /** Null when the budget is not known at all. */
  budget: Amount | null;
}

export interface YearsChange {
  before: { start: number; end: number; stages: string[] };
  after: { start: number; end: number; stages: string[] };
}

/** A budget line by year and source; a side without the line has no key. */
export interface BudgetLineChange {
  year: number;
  source: string;
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

export interface ProgramChange {
  id: string;
  /** The name after the change; null while the program has no name yet. */
  name: string | null;
  dimension: string;
  moved: {
    from: { dimension: string; element: string | null };
    to: { dimension: string; element: string | null };
  } | null;
  years: YearsChange | null;
  quickWin: { before: boolean; after: boolean } | null;
  budget: { before: Amount | null; after: Amount | null; lines: BudgetLineChange[] } | null;
  targets: TargetChange[];
  /** Other fields, old → new, by their key in the program file. */
  fields: FieldChange[];
}

export interface SumChange<K> {
  key: K;
  label: string;
  before: Amount | null;
  after: Amount | null;
}

/** The semantic changes between two versions of a plan, keyed by ids rather than lines. */
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
  budget: { byDimension: Array<SumChange<string>>; byYear: Array<SumChange<number>> };
  /** Changes in the other files (manifest, dimensions, agencies...), by file. */
  files: Array<{ file: string; changes: FieldChange[] }>;
}

/** Program fields reported on their own, not among the other fields. */
const OWN_KEYS = new Set([
  "schema_version",
  "id",
  "dimension",
  "element",
  "years",
  "quick_win",
  "budget",
  "indicators",
]);

/**
 * Compares two plans whose every file was read (a file left out would show as removed or
 * changed). Pure: labels name the sides ("HEAD~1", "working tree").
 */
export function diffPlans(
  base: PartialSources,
  head: PartialSources,
  labels: { base: string; head: string },
): PlanDiff {
  const before = new Map(base.programs.map((d) => [d.data.id, d.data]));
  const after = new Map(head.programs.map((d) => [d.data.id, d.data]));
  const dimName = (plan: PartialSources) => {
    const names = new Map(plan.dimensions.map((d) => [d.data.id as string, d.data.name]));
    return (id: string) => names.get(id) ?? id;
  };
  const nameBefore = dimName(base);
  const nameAfter = dimName(head);
  const summary = (p: ProgramInput, dimension: (id: string) => string): ProgramSummary => ({
    id: p.id,
    name: p.name,
    dimension: dimension(p.dimension),
    element: p.element,
    quickWin: p.quick_win,
    start: p.years.start,
    end: p.years.end,
    budget: p.budget === null ? null : sumAmounts(p.budget.map((b) => b.amount)),
  });

  const added = [...after.values()]
    .filter((p) => !before.has(p.id))
    .map((p) => summary(p, nameAfter));
  const removed = [...before.values()]
    .filter((p) => !after.has(p.id))
    .map((p) => summary(p, nameBefore));
  const changed: ProgramChange[] = [];
  for (const [id, b] of before) {
    const a = after.get(id);
    if (!a) continue;
    const change = programChange(b, a, {
      dimensionBefore: nameBefore,
      dimensionAfter: nameAfter,
      stagesBefore: base.manifest?.data.stages ?? [],
      stagesAfter: head.manifest?.data.stages ?? [],
    });
    if (change) changed.push(change);
  }

  const total = (plan: PartialSources) =>
    plan.programs.reduce<Amount | null>((sum, d) => addAmounts(sum, programTotal(d.data)), null);
  return {
    version: 1,
    base: labels.base,
    head: labels.head,
    summary: {
      added: added.length,
      removed: removed.length,
      moved: changed.filter((c) => c.moved).length,
      changed: changed.length,
      budget: { before: total(base), after: total(head) },
    },
    programs: { added, removed, changed },
    budget: {
      byDimension: changedSums(
        sums(base.programs, (p) => p.dimension as string),
        sums(head.programs, (p) => p.dimension as string),
        nameAfter,
      ),
      byYear: changedSums(
        sums(base.programs, (_, year) => year),
        sums(head.programs, (_, year) => year),
        String,
      ).sort((x, y) => x.key - y.key),
    },
    files: otherFiles(base, head),
  };
}

/** Whether a report holds any change at all. */
export function hasChanges(diff: PlanDiff): boolean {
  return (
    diff.programs.added.length + diff.programs.removed.length + diff.programs.changed.length > 0 ||
    diff.files.length > 0
  );
}

function programTotal(p: ProgramInput): Amount | null {
  return budgetLines({
    budget: p.budget,
    start: p.years.start,
    end: p.years.end,
  }).reduce<Amount | null>((sum, l) => addAmounts(sum, l.amount), null);
}

/** Budget sums by a key of each line: its program's dimension, or its year. */
function sums<K>(
  programs: ReadonlyArray<Doc<ProgramInput>>,
  keyOf: (p: ProgramInput, year: number) => K,
): Map<K, Amount | null> {
  const out = new Map<K, Amount | null>();
  for (const { data: p } of programs)
    for (const line of budgetLines({ budget: p.budget, start: p.years.start, end: p.years.end })) {
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
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  return keys
    .map((key) => ({
      key,
      label: label(key),
      before: before.get(key) ?? null,
      after: after.get(key) ?? null,
    }))
    .filter((c) => !sameAmount(c.before, c.after));
}

function stagesOf(
  start: number,
  end: number,
  stages: ReadonlyArray<{ name: string; start: number; end: number }>,
): string[] {
  return stages.filter((s) => s.end >= start && s.start <= end).map((s) => s.name);
}

function programChange(
  b: ProgramInput,
  a: ProgramInput,
  ctx: {
    dimensionBefore: (id: string) => string;
    dimensionAfter: (id: string) => string;
    stagesBefore: ReadonlyArray<{ name: string; start: number; end: number }>;
    stagesAfter: ReadonlyArray<{ name: string; start: number; end: number }>;
  },
): ProgramChange | null {
  const moved =
    b.dimension !== a.dimension || b.element !== a.element
      ? {
          from: { dimension: ctx.dimensionBefore(b.dimension), element: b.element },
          to: { dimension: ctx.dimensionAfter(a.dimension), element: a.element },
        }
      : null;
  const years =
    b.years.start !== a.years.start || b.years.end !== a.years.end
      ? {
          before: { ...b.years, stages: stagesOf(b.years.start, b.years.end, ctx.stagesBefore) },
          after: { ...a.years, stages: stagesOf(a.years.start, a.years.end, ctx.stagesAfter) },
        }
      : null;
  const quickWin = b.quick_win !== a.quick_win ? { before: b.quick_win, after: a.quick_win } : null;
  const lines = budgetChanges(b.budget, a.budget);
  const totalBefore = b.budget === null ? null : sumAmounts(b.budget.map((l) => l.amount));
  const totalAfter = a.budget === null ? null : sumAmounts(a.budget.map((l) => l.amount));
  const budget =
    lines.length || (b.budget === null) !== (a.budget === null)
      ? { before: totalBefore, after: totalAfter, lines }
      : null;
  const { targets, fields: indicatorFields } = indicatorChanges(b.indicators, a.indicators);
  const fields = [
    ...Object.keys({ ...b, ...a })
      .filter((k) => !OWN_KEYS.has(k))
      .flatMap((k) =>
        deepChanges(
          (b as unknown as Record<string, unknown>)[k],
          (a as unknown as Record<string, unknown>)[k],
          k,
        ),
      ),
    ...indicatorFields,
  ];
  if (!moved && !years && !quickWin && !budget && !targets.length && !fields.length) return null;
  return {
    id: a.id,
    name: a.name,
    dimension: ctx.dimensionAfter(a.dimension),
    moved,
    years,
    quickWin,
    budget,
    targets,
    fields,
  };
}

type Line = { year: number; source: string; amount: number | null };

function budgetChanges(before: Line[] | null, after: Line[] | null): BudgetLineChange[] {
  const key = (l: Line) => `${l.year}/${l.source}`;
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
      ...(x ? { before: x.amount } : {}),
      ...(y ? { after: y.amount } : {}),
    });
  }
  return out.sort((p, q) => p.year - q.year || p.source.localeCompare(q.source));
}

type Indicator = ProgramInput["indicators"][number];

function indicatorChanges(
  before: Indicator[],
  after: Indicator[],
): { targets: TargetChange[]; fields: FieldChange[] } {
  const b = new Map(before.map((i) => [i.name, i]));
  const a = new Map(after.map((i) => [i.name, i]));
  const targets: TargetChange[] = [];
  const fields: FieldChange[] = [];
  for (const name of [...new Set([...b.keys(), ...a.keys()])]) {
    const x = b.get(name);
    const y = a.get(name);
    if (!x || !y) {
      fields.push({
        field: `indicators[${name}]`,
        ...(x ? { before: x } : {}),
        ...(y ? { after: y } : {}),
      });
      continue;
    }
    for (const k of [...new Set([...Object.keys(x.targets), ...Object.keys(y.targets)])]) {
      const inX = k in x.targets;
      const inY = k in y.targets;
      if (inX && inY && x.targets[k] === y.targets[k]) continue;
      targets.push({
        indicator: name,
        key: k,
        ...(inX ? { before: x.targets[k] ?? null } : {}),
        ...(inY ? { after: y.targets[k] ?? null } : {}),
      });
    }
    for (const k of ["unit", "baseline"] as const)
      if (!sameValue(x[k], y[k]))
        fields.push({ field: `indicators[${name}].${k}`, before: x[k], after: y[k] });
  }
  return { targets, fields };
}

/** The changes in every file other than the programs, matched by file. */
function otherFiles(
  base: PartialSources,
  head: PartialSources,
): Array<{ file: string; changes: FieldChange[] }> {
  const docs = (plan: PartialSources) =>
    new Map(
      [
        plan.manifest,
        plan.agencies,
        plan.rpjpd,
        plan.glossary,
        plan.readiness,
        plan.swot,
        ...plan.dimensions,
        ...plan.chapters,
      ]
        .filter((d): d is Doc<never> => d !== null)
        .map((d) => [rel(plan.root, d.source.path), d.data as unknown]),
    );
  const b = docs(base);
  const a = docs(head);
  const out: Array<{ file: string; changes: FieldChange[] }> = [];
  for (const file of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const changes = deepChanges(b.get(file), a.get(file), "");
    if (changes.length) out.push({ file, changes });
  }
  return out;
}

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}
