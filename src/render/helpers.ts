import Handlebars from "handlebars";
import type { AgencyRef, Amount, Baseline, Matrix } from "../model/document-model.js";
import type { Locale } from "../model/locale.js";
import { roman } from "../text/roman.js";
import { formatRupiah, groupDigits } from "../text/rupiah.js";
import { tanggal } from "../text/tanggal.js";
import { terbilang } from "../text/terbilang.js";
import { foreignTermPattern, splitForeign } from "./foreign-terms.js";
import { createMarkdown } from "./markdown.js";

/** Looks up a dotted key ("labels.lead") in the locale; a missing word shows as its key. */
export function lookupWord(locale: object, key: string): string {
  let node: unknown = locale;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : key;
}

/** A number as Indonesian documents write it: 1.040.109 and 3,2. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return groupDigits(n);
  const [whole, fraction] = String(n).split(".");
  return `${n < 0 && Number(whole) === 0 ? "-" : ""}${groupDigits(Number(whole))},${fraction ?? ""}`;
}

/** A table of at most this many rows is kept whole on one page. */
const KEEP_WHOLE = 7;
/** Rows kept with the head of a longer table, so no page ends on its header and a row or two. */
const KEEP_HEAD = 3;
/** Rows kept together at the tail, so no page holds only the last few rows of a table. */
const KEEP_TAIL = 5;

/**
 * A table's rows in groups to print as `<tbody>`s: `keep` groups do not break across pages.
 * A short table is one kept group; a long one keeps its first three and last five rows together.
 */
export function rowGroups<T>(rows: readonly T[]): Array<{ rows: T[]; keep: boolean }> {
  if (rows.length <= Math.max(KEEP_WHOLE, KEEP_HEAD + KEEP_TAIL))
    return [{ rows: [...rows], keep: true }];
  return [
    { rows: rows.slice(0, KEEP_HEAD), keep: true },
    { rows: rows.slice(KEEP_HEAD, -KEEP_TAIL), keep: false },
    { rows: rows.slice(-KEEP_TAIL), keep: true },
  ];
}

/** Whole Rupiah in millions, up to two decimals: 1250000000 → "1.250", 75500000 → "75,5". */
export function formatMillions(amount: number): string {
  const millions = Math.round(amount / 10_000) / 100;
  return formatNumber(millions);
}

export interface HelperContext {
  locale: Locale;
  /** Page number of each heading, known after the first print; null before. */
  tocPages: ReadonlyMap<string, number> | null;
  /** Terms set in italics wherever they appear. */
  foreignTerms?: readonly string[];
}

/** The template helpers: pure functions of their arguments and the context. */
export function registerHelpers(hb: typeof Handlebars, ctx: HelperContext): void {
  const m = markup(hb, ctx);
  hb.registerHelper({
    ...valueHelpers(m),
    ...structureHelpers(m, ctx),
  } as unknown as Handlebars.HelperDeclareSpec);
}

type Markup = ReturnType<typeof markup>;

/** What the helpers share: the words, escaping, the visible blank and prose with its terms. */
function markup(hb: typeof Handlebars, ctx: HelperContext) {
  // Words are looked up thousands of times a render: remember each.
  const words = new Map<string, string>();
  const t = (key: string) => {
    let w = words.get(key);
    if (w === undefined) words.set(key, (w = lookupWord(ctx.locale, key)));
    return w;
  };
  const safe = (html: string) => new hb.SafeString(html);
  const esc = (s: unknown) => hb.escapeExpression(String(s));
  // The glossary's terms can change between renders (a live preview): rebuild what depends on
  // them only when they do.
  let termsList: readonly string[] | undefined;
  let termsKey: string | null = null;
  let pattern: RegExp | null = null;
  let render: (text: string) => string = createMarkdown();
  const terms = () => {
    // Same list as last call: nothing to compare (the common case, thousands of times a render).
    if (ctx.foreignTerms === termsList) return { pattern, render };
    termsList = ctx.foreignTerms;
    const key = (termsList ?? []).join("\u0000");
    if (key !== termsKey) {
      termsKey = key;
      pattern = foreignTermPattern(termsList ?? []);
      render = createMarkdown(termsList ?? []);
    }
    return { pattern, render };
  };
  return {
    t,
    safe,
    esc,
    blankHtml: `<span class="blank">${esc(t("blank"))}</span>`,
    isBlank: (value: unknown) => value === null || value === undefined || value === "",
    markdown: (text: string) => terms().render(text),
    /** Escaped text with foreign terms in italics; an amount in Rupiah never breaks across lines. */
    prose: (s: string) =>
      splitForeign(s, terms().pattern)
        .map((p) => (p.foreign ? `<em class="foreign">${esc(p.text)}</em>` : esc(p.text)))
        .join("")
        .replace(/Rp \d[\d.,]*/g, (amount) => `<span class="nowrap">${amount}</span>`),
    partly: (html: string) =>
      `${html} <span class="incomplete">(${esc(t("partlyUnknown"))})</span>`,
  };
}

/** Values as the document prints them: numbers, amounts, dates, text, agencies and blanks. */
function valueHelpers(m: Markup) {
  const { safe, esc, blankHtml, isBlank } = m;
  const unassigned = `<span class="unassigned">${esc(m.t("unassigned"))}</span>`;
  return {
    rupiah: (n: number) => formatRupiah(n),
    groupDigits: (n: number) => groupDigits(n),
    // Numbers in the Indonesian style; text (a province name in a table of facts) as it is.
    num: (n: unknown) => (typeof n === "number" ? formatNumber(n) : (n ?? null)),
    terbilang: (n: number) => terbilang(n),
    roman: (n: number) => roman(n),
    tanggal: (d: string) => tanggal(d),
    markdown: (text: string | null) => safe(text ? m.markdown(text) : ""),
    /** A value, or a visible blank when it is not known. */
    blank: (value: unknown) => (isBlank(value) ? safe(blankHtml) : String(value)),
    /** "2025–2027" kept on one line; a year not known yet is a visible blank. */
    yearSpan: (start: number | null, end: number | null) => {
      const year = (y: number | null) => (y === null ? blankHtml : String(y));
      const span = start === end && start !== null ? year(start) : `${year(start)}–${year(end)}`;
      return safe(
        `<span class="nowrap">${start === null && end === null ? blankHtml : span}</span>`,
      );
    },
    /** Text from the plan: foreign terms in italics, a visible blank when it is not known. */
    text: (value: unknown) => safe(isBlank(value) ? blankHtml : m.prose(String(value))),
    /**
     * An agency by its abbreviation, else its name; a blank when it is not known, and "belum
     * ditetapkan" when nobody has been designated.
     */
    agency: (a: AgencyRef | null) =>
      safe(a?.unassigned ? unassigned : a ? esc(a.abbreviation ?? a.name) : blankHtml),
    /** "Dinas Kesehatan (Dinkes)", with a blank for an abbreviation not known yet. */
    agencyName: (a: AgencyRef | null) =>
      safe(
        a?.unassigned
          ? unassigned
          : a
            ? `${esc(a.name)} (${a.abbreviation === null ? blankHtml : esc(a.abbreviation)})`
            : blankHtml,
      ),
    /** A sum in Rupiah; the known part of an incomplete sum says so, an unknown one is a blank. */
    amount: (a: Amount | null) => {
      if (a === null || (!a.complete && a.known === 0)) return safe(blankHtml);
      const text = esc(formatRupiah(a.known));
      return safe(a.complete ? text : m.partly(text));
    },
    /** The same sum in a column whose header names the unit: digits only, no "Rp". */
    digits: (a: Amount | null) => {
      if (a === null || (!a.complete && a.known === 0)) return safe(blankHtml);
      const text = esc(groupDigits(a.known));
      return safe(a.complete ? text : m.partly(text));
    },
    /** Whether a sum has a known part to print; an unknown one is said in words instead. */
    knownPart: (a: Amount | null) => a !== null && (a.complete || a.known > 0),
    /** Whether a recap marks any cell with "*" (a known part of an incomplete sum). */
    starred: (matrix: Matrix) =>
      [...matrix.rows.flatMap((r) => [...r.cells, r.total]), ...matrix.totals, matrix.total].some(
        (a) => a !== null && !a.complete && a.known > 0,
      ),
    /** A recap cell in millions: "–" where nothing is planned, "12,5*" where part is unknown. */
    millions: (a: Amount | null) => {
      if (a === null) return "–";
      if (!a.complete && a.known === 0) return safe(blankHtml);
      return safe(`${esc(formatMillions(a.known))}${a.complete ? "" : "*"}`);
    },
    /** The words of a complete sum, as legal texts spell amounts; nothing for an incomplete one. */
    amountWords: (a: Amount | null) => (a && a.complete ? `${terbilang(a.known)} rupiah` : ""),
    baseline: (b: Baseline | null) =>
      safe(
        b === null || b.value === null
          ? blankHtml
          : `${esc(formatNumber(b.value))}${b.year === null ? "" : ` (${b.year})`}`,
      ),
    /** A target cell: empty where none is set for that column, a blank where it is unknown. */
    target: (cell: { value: number | null } | null) =>
      safe(cell === null ? "" : cell.value === null ? blankHtml : esc(formatNumber(cell.value))),
  };
}

/** The document's structure: words, tests, lists, headings and the table of contents' pages. */
function structureHelpers(m: Markup, ctx: HelperContext) {
  const { safe, esc } = m;
  return {
    rowGroups: (rows: unknown) => (Array.isArray(rows) ? rowGroups(rows) : []),
    t: m.t,
    eq: (a: unknown, b: unknown) => a === b,
    and: (a: unknown, b: unknown) => Boolean(a) && Boolean(b),
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    /** A list with at least one item (false for null, which strict mode cannot ask `.length` of). */
    filled: (list: unknown) => Array.isArray(list) && list.length > 0,
    concat: (...args: unknown[]) => args.slice(0, -1).map(String).join(""),
    join: (list: unknown[], sep: unknown) =>
      Array.isArray(list) ? list.map(String).join(typeof sep === "string" ? sep : ", ") : "",
    /** The partial that renders a block of a kind. */
    blockPartial: (kind: string) => `block-${kind}`,
    openHeading: (level: number, anchor: string) =>
      safe(`<h${Math.min(Math.max(level, 2), 6)} id="${esc(anchor)}">`),
    closeHeading: (level: number) => safe(`</h${Math.min(Math.max(level, 2), 6)}>`),
    // The page number of a heading, marked so that a printed page can be given its numbers in
    // place; before they are known, an empty marker holds the place.
    tocPage: (anchor: string) => {
      const page = ctx.tocPages?.get(anchor);
      return safe(`<span data-toc-page="${esc(anchor)}">${page === undefined ? "" : page}</span>`);
    },
  };
}
