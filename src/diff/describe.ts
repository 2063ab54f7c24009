import { yearSpan } from "../text/year-span.js";
import type { Amount } from "../budget/amount.js";
import { formatRupiah } from "../text/rupiah.js";
import type {
  FieldChange,
  IndicatorChange,
  PlanDiff,
  ProgramChange,
  ProgramFieldChange,
  ProgramSummary,
} from "./plan-diff.js";
import { t, type MessageKey } from "../i18n/language.js";

/** A sum in Rupiah; unknown is "unknown", never Rp 0. */
export function amountText(a: Amount | null): string {
  if (a === null || (!a.complete && a.known === 0)) return t("diff.unknown");
  return a.complete
    ? formatRupiah(a.known)
    : t("diff.partly-unknown", { amount: formatRupiah(a.known) });
}

/** "+Rp 250.000.000", or nothing when either side is not fully known. */
export function deltaText(before: Amount | null, after: Amount | null): string {
  if (!before?.complete || !after?.complete) return "";
  const d = after.known - before.known;
  if (d === 0) return t("diff.no-change");
  return `${d > 0 ? "+" : "−"}${formatRupiah(Math.abs(d))}`;
}

/** A value as a reviewer reads it: null is unknown, an absent one is "(none)". */
export function valueText(v: unknown, hasKey = true): string {
  if (!hasKey || v === undefined) return t("diff.none");
  if (v === null) return t("diff.unknown");
  if (typeof v === "string") return JSON.stringify(v.length > 80 ? `${v.slice(0, 79)}…` : v);
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.length ? v.map((x) => valueText(x)).join(", ") : t("diff.none");
  const json = JSON.stringify(v);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

function rupiahOrUnknown(n: number | null | undefined, hasKey: boolean): string {
  if (!hasKey) return t("diff.none");
  return n === null || n === undefined ? t("diff.unknown") : formatRupiah(n);
}

function span(y: { start: number | null; end: number | null; stages: string[] }): string {
  const years = yearSpan(y.start, y.end, "?");
  return y.stages.length ? `${years} (${y.stages.join(", ")})` : years;
}

export function fieldText(c: FieldChange | ProgramFieldChange): string {
  if ("long" in c && c.long) return `${c.field}: ${t("diff.rewritten")}`;
  return `${c.field}: ${valueText(c.before, "before" in c)} → ${valueText(c.after, "after" in c)}`;
}

const CHANGES: Record<string, MessageKey> = {
  added: "diff.added",
  removed: "diff.removed",
  unit: "diff.unit",
  baseline: "diff.baseline",
};

function indicatorText(i: IndicatorChange): string {
  const change = CHANGES[i.change] ? t(CHANGES[i.change]!) : i.change;
  if (i.change === "added" || i.change === "removed")
    return t("diff.indicator", { indicator: i.indicator, change });
  return `${t("diff.indicator", { indicator: i.indicator, change })}: ${valueText(i.before)} → ${valueText(i.after)}`;
}

/** One line per change of a program, in the order a reviewer asks about them. */
export function programChangeLines(c: ProgramChange): string[] {
  const lines: string[] = [];
  if (c.moved)
    lines.push(
      `${t("diff.moved")}: ${c.moved.from.dimension} / ${c.moved.from.element} → ${c.moved.to.dimension} / ${c.moved.to.element}`,
    );
  if (c.quickWin)
    lines.push(
      `quick win: ${t(c.quickWin.before ? "diff.yes" : "diff.no")} → ${t(c.quickWin.after ? "diff.yes" : "diff.no")}`,
    );
  if (c.years) lines.push(`${t("diff.years")}: ${span(c.years.before)} → ${span(c.years.after)}`);
  if (c.budget) {
    for (const l of c.budget.lines)
      lines.push(
        `${t("diff.budget")} ${l.year} ${l.sourceName}: ${rupiahOrUnknown(l.before, "before" in l)} → ${rupiahOrUnknown(l.after, "after" in l)}`,
      );
    const delta = deltaText(c.budget.before, c.budget.after);
    lines.push(
      `${t("diff.budget-total")}: ${amountText(c.budget.before)} → ${amountText(c.budget.after)}${delta ? ` (${delta})` : ""}`,
    );
  }
  for (const g of c.targets)
    lines.push(
      `${t("diff.target", { indicator: g.indicator })} ${g.key}: ${valueText(g.before, "before" in g)} → ${valueText(g.after, "after" in g)}`,
    );
  for (const i of c.indicators) lines.push(indicatorText(i));
  for (const f of c.fields) lines.push(fieldText(f));
  return lines;
}

export function programLine(p: ProgramSummary): string {
  const years = yearSpan(p.start, p.end, "?");
  return `${p.id} ${nameText(p.name)} (${p.dimension}, ${years}${p.quickWin ? ", quick win" : ""}): ${amountText(p.budget)}`;
}

/** A program's name in quotes, or a note that it has none yet. */
export function nameText(name: string | null): string {
  return name === null ? t("diff.no-name") : `"${name}"`;
}

export function summaryLines(d: PlanDiff): string[] {
  const s = d.summary;
  const delta = deltaText(s.budget.before, s.budget.after);
  return [
    t("diff.summary-programs", {
      added: s.added,
      removed: s.removed,
      moved: s.moved,
      changed: s.changed,
    }),
    `${t("diff.summary-budget")}: ${amountText(s.budget.before)} → ${amountText(s.budget.after)}${delta ? ` (${delta})` : ""}`,
  ];
}
