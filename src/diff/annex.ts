import { yearSpan } from "../text/year-span.js";
import type { Amount } from "../budget/amount.js";
import type { ChangesModel } from "../model/document-model.js";
import { word, type Locale } from "../model/locale.js";
import { formatRupiah } from "../text/rupiah.js";
import { tanggal } from "../text/tanggal.js";
import type {
  FieldValue,
  IndicatorChange,
  Part,
  PlanDiff,
  ProgramChange,
  ProgramSummary,
  Span,
} from "./plan-diff.js";

/**
 * The earlier version as the annex names it, for the DPRD and the legal division: the draft's
 * own date (`legal.drafted` of that version), else a tag that names it, else the day it was
 * committed. A commit hash means nothing to them and is never printed.
 */
export interface AnnexVersion {
  /** `legal.drafted` of the earlier version's masterplan.yaml. */
  drafted: string | null;
  /** Whether that version was a rancangan or the enacted text. */
  enacted: boolean;
  tag: string | null;
  /** The day the earlier version was committed. */
  date: string | null;
}

/** "rancangan tanggal 14 Oktober 2026", "versi rancangan-dprd", "versi tanggal 2 Desember 2026". */
export function citeVersion(v: AnnexVersion, locale: Locale): string {
  const w = (key: string, vars: Record<string, string>) => word(locale.changes, key, vars);
  if (v.drafted) return w(v.enacted ? "enactedOf" : "draftOf", { date: tanggal(v.drafted) });
  if (v.tag) return w("taggedVersion", { tag: v.tag });
  return v.date ? w("datedVersion", { date: tanggal(v.date) }) : w("earlierVersion", {});
}

/**
 * The "Daftar Perubahan" annex, from the list of changes: what changed since an earlier version,
 * in the document's words, the way an amended regulation lists it: program names, amounts in
 * Rupiah, "semula … menjadi …".
 */
export function annexModel(diff: PlanDiff, version: AnnexVersion, locale: Locale): ChangesModel {
  const words = annexWords(locale);
  const parts = [
    {
      title: words.w("added"),
      items: diff.programs.added.map((p) => ({ text: words.summary(p), details: [] })),
    },
    {
      title: words.w("removed"),
      items: diff.programs.removed.map((p) => ({ text: words.summary(p), details: [] })),
    },
    { title: words.w("changed"), items: diff.programs.changed.map((c) => programItem(c, words)) },
    {
      title: words.w("other"),
      items: diff.files.length
        ? [
            {
              text: words.w("otherParts", {
                parts: diff.files.map((f) => partName(f.part, locale)).join("; "),
              }),
              details: [],
            },
          ]
        : [],
    },
  ]
    .filter((p) => p.items.length > 0)
    .map((p, i) => ({ label: `${String.fromCharCode(65 + i)}.`, ...p }));
  const cited = citeVersion(version, locale);
  return {
    anchor: "daftar-perubahan",
    title: words.w("title"),
    basis: words.w(parts.length ? "basis" : "noChanges", { version: cited }),
    parts,
    budget: diff.budget.byDimension.length > 0 ? budgetTable(diff, words, locale) : null,
  };
}

type Words = ReturnType<typeof annexWords>;

/** The annex's words: "semula … menjadi …", Rupiah, and unknowns as unknown. */
function annexWords(locale: Locale) {
  const w = (key: string, vars?: Record<string, string | null>) => word(locale.changes, key, vars);
  const amount = (a: Amount | null) =>
    a === null || (!a.complete && a.known === 0)
      ? w("unknown")
      : `${formatRupiah(a.known)}${a.complete ? "" : ` (${w("partly")})`}`;
  const span = (y: { start: number | null; end: number | null; stages?: string[] }) =>
    `${yearSpan(y.start, y.end, locale.blank)}${y.stages?.length ? ` (${y.stages.join(", ")})` : ""}`;
  return {
    w,
    amount,
    span,
    fromTo: (label: string, before: string, after: string) =>
      `${label} ${w("from")} ${before} ${w("to")} ${after}`,
    rupiah: (n: number | null | undefined, has: boolean) =>
      !has ? w("none") : n === null || n === undefined ? w("unknown") : formatRupiah(n),
    name: (name: string | null) => name ?? locale.blank,
    summary: (p: ProgramSummary) =>
      `${p.name ?? locale.blank} (${p.dimension}, ${span({ start: p.start, end: p.end })}), ${w("budgetTotal")} ${amount(p.budget)}`,
    field: (key: string, vars?: Record<string, string | null>) => word(locale.fields, key, vars),
  };
}

/** A changed program: its name, and a detail per change. */
function programItem(c: ProgramChange, words: Words): { text: string; details: string[] } {
  const { w, fromTo, span, amount, rupiah } = words;
  const details: string[] = [];
  const element = (e: string | null) => e ?? w("unknown");
  if (c.moved)
    details.push(
      w("moved", {
        from: `${c.moved.from.dimension} / ${element(c.moved.from.element)}`,
        to: `${c.moved.to.dimension} / ${element(c.moved.to.element)}`,
      }),
    );
  const yesNo = (b: boolean) => w(b ? "yes" : "no");
  if (c.quickWin)
    details.push(fromTo(w("quickWin"), yesNo(c.quickWin.before), yesNo(c.quickWin.after)));
  if (c.years) details.push(fromTo(w("years"), span(c.years.before), span(c.years.after)));
  if (c.budget) {
    for (const l of c.budget.lines)
      details.push(
        fromTo(
          w("budgetLine", { year: String(l.year), source: l.sourceName }),
          rupiah(l.before, "before" in l),
          rupiah(l.after, "after" in l),
        ),
      );
    details.push(fromTo(w("budgetTotal"), amount(c.budget.before), amount(c.budget.after)));
  }
  for (const t of c.targets)
    details.push(
      fromTo(
        w("target", { indicator: t.indicator, key: t.key }),
        valueWords(t.before, "before" in t, words),
        valueWords(t.after, "after" in t, words),
      ),
    );
  for (const f of c.fields)
    details.push(
      f.long
        ? w("rewritten", { field: words.field(f.field) })
        : fromTo(
            words.field(f.field),
            valueWords(f.before, "before" in f, words, f.text),
            valueWords(f.after, "after" in f, words, f.text),
          ),
    );
  for (const i of c.indicators) details.push(indicatorWords(i, words));
  return { text: words.name(c.name), details };
}

function indicatorWords(i: IndicatorChange, words: Words): string {
  const { w, fromTo } = words;
  const label = (key: string) => words.field(key, { indicator: i.indicator });
  switch (i.change) {
    case "added":
      return w("indicatorAdded", { field: label("indicator") });
    case "removed":
      return w("indicatorRemoved", { field: label("indicator") });
    case "unit":
      return fromTo(label("indicator.unit"), `“${i.before}”`, `“${i.after}”`);
    case "baseline": {
      const baseline = (b: typeof i.before) =>
        b === null || b.value === null
          ? w("unknown")
          : `${number(b.value)}${b.year ? ` (${b.year})` : ""}`;
      return fromTo(label("indicator.baseline"), baseline(i.before), baseline(i.after));
    }
  }
}

/** A value in words: "belum diketahui" for an unknown, names joined, the plan's text quoted. */
function valueWords(v: FieldValue | undefined, has: boolean, words: Words, text?: true): string {
  const { w } = words;
  if (!has || v === undefined) return w("none");
  if (v === null) return w("unknown");
  if (Array.isArray(v)) return v.length ? v.join(", ") : w("none");
  if (typeof v === "boolean") return w(v ? "yes" : "no");
  if (typeof v === "number") return number(v);
  if (typeof v === "string") return text ? `“${v}”` : v;
  return `${v.percent}% per ${v.asOf}`;
}

/** A number as the document writes it: a decimal comma. */
function number(n: number): string {
  return String(n).replace(".", ",");
}

/** A file of the plan as the document names its part: a dimension, a chapter, the manifest. */
function partName(part: Part, locale: Locale): string {
  return "name" in part
    ? word(locale.changes, `part.${part.kind}`, { name: part.name })
    : word(locale.changes, `part.${part.kind}`);
}

function budgetTable(diff: PlanDiff, words: Words, locale: Locale): ChangesModel["budget"] {
  const total = diff.summary.budget;
  return {
    caption: { label: `${locale.table} P.1`, title: words.w("budgetCaption"), source: null },
    rows: [
      ...diff.budget.byDimension.map((r) => ({ label: r.label, before: r.before, after: r.after })),
      ...(total.before === null && total.after === null
        ? []
        : [{ label: words.w("total"), before: total.before, after: total.after }]),
    ],
  };
}

export type { Span };
