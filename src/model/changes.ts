import type { Amount } from "../budget/amount.js";
import type { FieldChange, PlanDiff, ProgramSummary } from "../diff/plan-diff.js";
import { formatRupiah } from "../text/rupiah.js";
import { tanggal } from "../text/tanggal.js";
import type { PartialSources } from "../validate/plan-sources.js";
import type { Caption } from "./document-model.js";
import { word, type Locale } from "./locale.js";
import { rpjpdLabels } from "./rpjpd-labels.js";

/** The "Daftar Perubahan" annex: what changed since an earlier version, in Indonesian. */
export interface ChangesModel {
  anchor: string;
  title: string;
  /** "Daftar ini memuat perubahan terhadap versi 1a2b3c4 (28 November 2026)." */
  basis: string;
  /** Lettered parts (A., B., ...), each a numbered list of items with lettered details. */
  parts: Array<{ label: string; title: string; items: Array<{ text: string; details: string[] }> }>;
  budget: {
    caption: Caption;
    rows: Array<{ label: string; before: Amount | null; after: Amount | null }>;
  } | null;
}

export interface ChangesInput {
  diff: PlanDiff;
  /** The plans before and after, for names of agencies, goals and programs. */
  base: PartialSources;
  head: PartialSources;
  /** The earlier version as the annex names it: a commit and its date, or a folder. */
  version: { commit: string; date: string | null };
}

type Lookup = (id: string) => string | null;

/** Builds the annex from a plan diff: program names, not ids; Rupiah; "semula … menjadi …". */
export function changesModel(input: ChangesInput, locale: Locale): ChangesModel {
  const { diff } = input;
  const w = (key: string, vars?: Record<string, string | null>) => word(locale.changes, key, vars);
  const names = lookups(input, locale);
  const value = (field: string, v: unknown, has: boolean) =>
    valueWords(field, v, has, names, w, locale);
  const fromTo = (label: string, before: string, after: string) =>
    `${label} ${w("from")} ${before} ${w("to")} ${after}`;
  const amount = (a: Amount | null) =>
    a === null || (!a.complete && a.known === 0)
      ? w("unknown")
      : `${formatRupiah(a.known)}${a.complete ? "" : ` (${w("partly")})`}`;
  const rupiah = (n: number | null | undefined, has: boolean) =>
    !has ? w("none") : n === null || n === undefined ? w("unknown") : formatRupiah(n);
  const span = (y: { start: number; end: number; stages?: string[] }) =>
    `${y.start === y.end ? y.start : `${y.start}–${y.end}`}${y.stages?.length ? ` (${y.stages.join(", ")})` : ""}`;
  const summary = (p: ProgramSummary) =>
    `${programName(p.name)} (${p.dimension}, ${span(p)}), ${w("budgetTotal")} ${amount(p.budget)}`;

  const elementName = (id: string | null) =>
    (id === null ? null : names.element(id)) ?? w("unknown");
  const programName = (name: string | null) => name ?? locale.blank;
  const changed = diff.programs.changed.map((c) => {
    const details: string[] = [];
    if (c.moved)
      details.push(
        w("moved", {
          from: `${c.moved.from.dimension} / ${elementName(c.moved.from.element)}`,
          to: `${c.moved.to.dimension} / ${elementName(c.moved.to.element)}`,
        }),
      );
    if (c.quickWin)
      details.push(
        fromTo(
          w("quickWin"),
          w(c.quickWin.before ? "yes" : "no"),
          w(c.quickWin.after ? "yes" : "no"),
        ),
      );
    if (c.years) details.push(fromTo(w("years"), span(c.years.before), span(c.years.after)));
    if (c.budget) {
      for (const l of c.budget.lines)
        details.push(
          fromTo(
            w("budgetLine", { year: String(l.year), source: word(locale.sources, l.source) }),
            rupiah(l.before, "before" in l),
            rupiah(l.after, "after" in l),
          ),
        );
      details.push(fromTo(w("budgetTotal"), amount(c.budget.before), amount(c.budget.after)));
    }
    for (const t of c.targets)
      details.push(
        fromTo(
          w("target", { indicator: t.indicator, key: names.stage(t.key) ?? t.key }),
          value("target", t.before, "before" in t),
          value("target", t.after, "after" in t),
        ),
      );
    for (const f of c.fields) {
      const field = fieldLabel(f, locale);
      if (field.key === "indicator")
        details.push(
          w("before" in f ? "indicatorRemoved" : "indicatorAdded", { field: field.label }),
        );
      else if (field.key === "description" || field.key === "objective")
        details.push(w("rewritten", { field: field.label }));
      else
        details.push(
          fromTo(
            field.label,
            value(field.key, f.before, "before" in f),
            value(field.key, f.after, "after" in f),
          ),
        );
    }
    return { text: programName(c.name), details };
  });

  const parts = [
    {
      title: w("added"),
      items: diff.programs.added.map((p) => ({ text: summary(p), details: [] })),
    },
    {
      title: w("removed"),
      items: diff.programs.removed.map((p) => ({ text: summary(p), details: [] })),
    },
    { title: w("changed"), items: changed },
    {
      title: w("other"),
      items: diff.files.length
        ? [
            {
              text: w("otherParts", {
                parts: diff.files.map((f) => names.part(f.file)).join("; "),
              }),
              details: [],
            },
          ]
        : [],
    },
  ]
    .filter((p) => p.items.length > 0)
    .map((p, i) => ({ label: `${String.fromCharCode(65 + i)}.`, ...p }));

  const rows = [
    ...diff.budget.byDimension.map((r) => ({ label: r.label, before: r.before, after: r.after })),
    ...(diff.summary.budget.before === null && diff.summary.budget.after === null
      ? []
      : [
          {
            label: w("total"),
            before: diff.summary.budget.before,
            after: diff.summary.budget.after,
          },
        ]),
  ];
  const version = input.version.date
    ? `${input.version.commit} (${tanggal(input.version.date)})`
    : input.version.commit;
  return {
    anchor: "daftar-perubahan",
    title: w("title"),
    basis: w(parts.length ? "basis" : "noChanges", { version }),
    parts,
    budget:
      diff.budget.byDimension.length > 0
        ? {
            caption: {
              label: `${locale.table} P.1`,
              title: w("budgetCaption"),
              source: null,
            },
            rows,
          }
        : null,
  };
}

/** The printed name of a field, and the key its values are read by. */
function fieldLabel(f: FieldChange, locale: Locale): { key: string; label: string } {
  const fields = locale.fields;
  const indicator = /^indicators\[(.+)\]\.?(\w*)$/.exec(f.field);
  if (indicator)
    return {
      key: indicator[2] || "indicator",
      label: word(fields, indicator[2] ? `indicator.${indicator[2]}` : "indicator", {
        indicator: indicator[1]!,
      }),
    };
  const key = f.field.split(/[.[]/)[0]!;
  return { key, label: word(fields, key) };
}

interface Names {
  agency: Lookup;
  goal: Lookup;
  focus: Lookup;
  pillar: Lookup;
  program: Lookup;
  element: Lookup;
  stage: Lookup;
  /** A file of the plan as the document names its part: a dimension, a chapter, the manifest. */
  part: (file: string) => string;
}

function lookups({ base, head }: ChangesInput, locale: Locale): Names {
  const both = <T>(
    pick: (p: PartialSources) => T[],
    key: (x: T) => string,
    name: (x: T) => string | null,
  ) => {
    const map = new Map<string, string | null>();
    for (const plan of [base, head]) for (const x of pick(plan)) map.set(key(x), name(x));
    return (id: string) => map.get(id) ?? null;
  };
  const goals = new Map<string, string>();
  for (const plan of [base, head])
    if (plan.rpjpd)
      for (const [id, label] of rpjpdLabels(plan.rpjpd.data, locale).goal) goals.set(id, label);
  const chapters = new Map<string, string>();
  for (const plan of [base, head])
    for (const c of plan.chapters) chapters.set(`chapters/${c.data.id}.yaml`, c.data.title);
  const dimensions = new Map<string, string>();
  for (const plan of [base, head])
    for (const d of plan.dimensions) dimensions.set(`dimensions/${d.data.id}.yaml`, d.data.name);
  const parts: Record<string, string> = {
    "masterplan.yaml": "identitas, tahapan dan status hukum masterplan",
    "agencies.yaml": "daftar perangkat daerah",
    "rpjpd.yaml": "rujukan RPJPD dan RPJMD",
    "glossary.yaml": "daftar istilah dan singkatan",
    "readiness.yaml": "analisis kesiapan daerah",
    "swot.yaml": "analisis SWOT dan strategi",
  };
  return {
    agency: both(
      (p) => p.agencies?.data.agencies ?? [],
      (a) => a.id,
      (a) => a.name,
    ),
    goal: (id) => goals.get(id) ?? null,
    focus: both(
      (p) => p.rpjpd?.data.rpjmd?.focus_areas ?? [],
      (f) => f.id,
      (f) => f.name,
    ),
    pillar: both(
      (p) => p.rpjpd?.data.digital_pillars ?? [],
      (f) => f.id,
      (f) => f.name,
    ),
    program: both(
      (p) => p.programs,
      (d) => d.data.id,
      (d) => d.data.name,
    ),
    element: both(
      (p) => p.dimensions.flatMap((d) => d.data.elements),
      (e) => e.id,
      (e) => e.name,
    ),
    stage: both(
      (p) => p.manifest?.data.stages ?? [],
      (s) => s.id,
      (s) => s.name,
    ),
    part: (file) =>
      parts[file] ??
      (dimensions.has(file)
        ? `dimensi ${dimensions.get(file)}`
        : chapters.has(file)
          ? `bab ${chapters.get(file)}`
          : file),
  };
}

/** A value in words: names for ids, "belum diketahui" for an unknown, Rupiah for amounts. */
function valueWords(
  field: string,
  v: unknown,
  has: boolean,
  names: Names,
  w: (key: string, vars?: Record<string, string | null>) => string,
  locale: Locale,
): string {
  if (!has || v === undefined) return w("none");
  if (v === null) return w("unknown");
  const name = (lookup: Lookup) => (id: string) => lookup(id) ?? w("unknown");
  const list = (ids: unknown, lookup: Lookup) =>
    Array.isArray(ids) && ids.length
      ? ids.map((x) => name(lookup)(String(x))).join(", ")
      : w("none");
  switch (field) {
    case "lead_agency":
      return name(names.agency)(String(v));
    case "supporting_agencies":
      return list(v, names.agency);
    case "rpjpd":
      return list(v, names.goal);
    case "rpjmd":
      return list(v, names.focus);
    case "digital_pillars":
      return list(v, names.pillar);
    case "depends_on":
      return list(v, names.program);
    case "status":
      return word(locale.status, String(v));
    case "infrastructure":
      return word(locale.infrastructure, String(v));
    case "progress": {
      const p = v as { percent: number; as_of: string };
      return `${p.percent}% per ${tanggal(p.as_of)}`;
    }
    case "baseline": {
      const b =
        typeof v === "number"
          ? { value: v }
          : (v as { value: number | null; year?: number | null });
      return b.value === null ? w("unknown") : `${b.value}${b.year ? ` (${b.year})` : ""}`;
    }
    default:
      if (typeof v === "number") return String(v).replace(".", ",");
      if (typeof v === "string") return `“${v}”`;
      return w("changedValue");
  }
}
